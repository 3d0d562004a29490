package dev.dynaq;

import dev.dynaq.annotation.IndexProjection;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import dev.dynaq.internal.TableContext;

/**
 * Hand-written entities, metamodels and schemas standing in for generated code in the write tests:
 * {@link Invoice} (partition + sort key, a GSI and an LSI, numbers, a set and a list) and the
 * {@code @Version}ed {@link Account}.
 */
final class WriteFixtures {
    private WriteFixtures() {
    }

    // ---- converters of the fixtures' own (independent of the built-in ones) ----

    static final AttributeConverter<String> STRING = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(String value) {
            return AttributeValue.fromS(value);
        }

        @Override
        public String fromAttributeValue(AttributeValue value) {
            return value.s();
        }
    };

    static final AttributeConverter<Long> LONG = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(Long value) {
            return AttributeValue.fromN(Long.toString(value));
        }

        @Override
        public Long fromAttributeValue(AttributeValue value) {
            return Long.parseLong(value.n());
        }
    };

    static final AttributeConverter<Set<String>> STRING_SET = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(Set<String> value) {
            return value.isEmpty() ? null : AttributeValue.fromSs(List.copyOf(value));
        }

        @Override
        public Set<String> fromAttributeValue(AttributeValue value) {
            return new LinkedHashSet<>(value.ss());
        }
    };

    static final AttributeConverter<List<String>> STRING_LIST = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(List<String> value) {
            return AttributeValue.fromL(value.stream().map(AttributeValue::fromS).toList());
        }

        @Override
        public List<String> fromAttributeValue(AttributeValue value) {
            return value.l().stream().map(AttributeValue::s).toList();
        }
    };

    private static <V> void put(Map<String, AttributeValue> item, Attribute<?, V> attribute, V value) {
        if (value != null) {
            AttributeValue converted = attribute.converter().toAttributeValue(value);
            if (converted != null) {
                item.put(attribute.name(), converted);
            }
        }
    }

    private static <V> V get(Map<String, AttributeValue> item, Attribute<?, V> attribute) {
        AttributeValue value = item.get(attribute.name());
        return value == null ? null : attribute.converter().fromAttributeValue(value);
    }

    // ---- Invoice ----

    /** An invoice: partition key customerId, sort key invoiceId. */
    record Invoice(String customerId, String invoiceId, String status, Long total, String note, Set<String> tags,
            List<String> lines, String createdAt) {
        static Invoice of(String customerId, String invoiceId, String status, long total) {
            return new Invoice(customerId, invoiceId, status, total, null, null, null, "2024-01-01");
        }

        Invoice withNote(String note) {
            return new Invoice(customerId, invoiceId, status, total, note, tags, lines, createdAt);
        }
    }

    /** The metamodel of {@link Invoice}, as {@code Invoice_} would be generated. */
    static final class Invoice_ {
        static final StringAttribute<Invoice> customerId = new StringAttribute<>(Invoice.class, "customerId", "customerId");
        static final StringAttribute<Invoice> invoiceId = new StringAttribute<>(Invoice.class, "invoiceId", "invoiceId");
        static final StringAttribute<Invoice> status = new StringAttribute<>(Invoice.class, "status", "status");
        static final NumberAttribute<Invoice, Long> total = new NumberAttribute<>(Invoice.class, "total", "total", LONG);
        static final StringAttribute<Invoice> note = new StringAttribute<>(Invoice.class, "note", "note");
        static final SetAttribute<Invoice, String> tags = new SetAttribute<>(Invoice.class, "tags", "tags", STRING_SET, STRING);
        static final ListAttribute<Invoice, String> lines = new ListAttribute<>(Invoice.class, "lines", "lines", STRING_LIST, STRING);
        static final StringAttribute<Invoice> createdAt = new StringAttribute<>(Invoice.class, "createdAt", "createdAt");

        static final IndexDescriptor PRIMARY_KEY = IndexDescriptor.primary(
                new IndexDescriptor.KeyAttribute("customerId", IndexDescriptor.ScalarType.S),
                new IndexDescriptor.KeyAttribute("invoiceId", IndexDescriptor.ScalarType.S));
        static final IndexDescriptor BY_STATUS = new IndexDescriptor("byStatus", IndexDescriptor.Kind.GLOBAL,
                new IndexDescriptor.KeyAttribute("status", IndexDescriptor.ScalarType.S),
                new IndexDescriptor.KeyAttribute("total", IndexDescriptor.ScalarType.N), IndexProjection.INCLUDE, List.of("note"));
        static final IndexDescriptor BY_CREATED = new IndexDescriptor("byCreated", IndexDescriptor.Kind.LOCAL,
                new IndexDescriptor.KeyAttribute("customerId", IndexDescriptor.ScalarType.S),
                new IndexDescriptor.KeyAttribute("createdAt", IndexDescriptor.ScalarType.S), IndexProjection.KEYS_ONLY, List.of());

        static final ItemSchema<Invoice> SCHEMA = new ItemSchema<>() {
            @Override
            public Class<Invoice> itemType() {
                return Invoice.class;
            }

            @Override
            public String tableName() {
                return "invoices";
            }

            @Override
            public Map<String, AttributeValue> toItem(Invoice item) {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                put(map, customerId, item.customerId());
                put(map, invoiceId, item.invoiceId());
                put(map, status, item.status());
                put(map, total, item.total());
                put(map, note, item.note());
                put(map, tags, item.tags());
                put(map, lines, item.lines());
                put(map, createdAt, item.createdAt());
                return map;
            }

            @Override
            public Invoice fromItem(Map<String, AttributeValue> item) {
                return new Invoice(get(item, customerId), get(item, invoiceId), get(item, status), get(item, total),
                        get(item, note), get(item, tags), get(item, lines), get(item, createdAt));
            }

            @Override
            public Map<String, AttributeValue> primaryKey(Invoice item) {
                Map<String, AttributeValue> key = new LinkedHashMap<>();
                key.put("customerId", customerId.toKeyValue(item.customerId()));
                key.put("invoiceId", invoiceId.toKeyValue(item.invoiceId()));
                return key;
            }

            @Override
            public IndexDescriptor primaryIndex() {
                return PRIMARY_KEY;
            }

            @Override
            public List<IndexDescriptor> secondaryIndexes() {
                return List.of(BY_STATUS, BY_CREATED);
            }

            @Override
            public List<Attribute<Invoice, ?>> attributes() {
                return List.of(customerId, invoiceId, status, total, note, tags, lines, createdAt);
            }
        };

        private Invoice_() {
        }
    }

    /** What the generated {@code InvoiceTable} would be, reduced to the key helper. */
    static final class InvoiceTable extends Table<Invoice> {
        InvoiceTable(DynamoDbClient client, String tableName) {
            super(TableContext.sync(client, tableName, Invoice_.SCHEMA));
        }

        Key<Invoice> key(String customerId, String invoiceId) {
            return Key.of(Invoice_.customerId, customerId, Invoice_.invoiceId, invoiceId);
        }
    }

    // ---- Account (versioned) ----

    /** A versioned account: partition key id, {@code @Version long version}. */
    record Account(String id, long version, Long balance, String owner) {
        Account withBalance(long newBalance) {
            return new Account(id, version, newBalance, owner);
        }
    }

    /** The metamodel of {@link Account}. */
    static final class Account_ {
        static final StringAttribute<Account> id = new StringAttribute<>(Account.class, "id", "id");
        static final NumberAttribute<Account, Long> version = new NumberAttribute<>(Account.class, "version", "version", LONG);
        static final NumberAttribute<Account, Long> balance = new NumberAttribute<>(Account.class, "balance", "balance", LONG);
        static final StringAttribute<Account> owner = new StringAttribute<>(Account.class, "owner", "owner");

        static final ItemSchema<Account> SCHEMA = new ItemSchema<>() {
            @Override
            public Class<Account> itemType() {
                return Account.class;
            }

            @Override
            public String tableName() {
                return "accounts";
            }

            @Override
            public Map<String, AttributeValue> toItem(Account item) {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                put(map, id, item.id());
                if (item.version() != 0) {
                    put(map, version, item.version());
                }
                put(map, balance, item.balance());
                put(map, owner, item.owner());
                return map;
            }

            @Override
            public Account fromItem(Map<String, AttributeValue> item) {
                Long storedVersion = get(item, version);
                return new Account(get(item, id), storedVersion == null ? 0 : storedVersion, get(item, balance), get(item, owner));
            }

            @Override
            public Map<String, AttributeValue> primaryKey(Account item) {
                Map<String, AttributeValue> key = new LinkedHashMap<>();
                key.put("id", id.toKeyValue(item.id()));
                return key;
            }

            @Override
            public IndexDescriptor primaryIndex() {
                return IndexDescriptor.primary(new IndexDescriptor.KeyAttribute("id", IndexDescriptor.ScalarType.S), null);
            }

            @Override
            public List<IndexDescriptor> secondaryIndexes() {
                return List.of();
            }

            @Override
            public List<Attribute<Account, ?>> attributes() {
                return List.of(id, version, balance, owner);
            }

            @Override
            public Optional<VersionSupport<Account>> versioning() {
                return Optional.of(new VersionSupport<>() {
                    @Override
                    public String attributeName() {
                        return "version";
                    }

                    @Override
                    public long version(Account item) {
                        return item.version();
                    }

                    @Override
                    public Account withVersion(Account item, long newVersion) {
                        return new Account(item.id(), newVersion, item.balance(), item.owner());
                    }
                });
            }
        };

        private Account_() {
        }
    }

    /** What the generated {@code AccountTable} would be, reduced to the key helper. */
    static final class AccountTable extends Table<Account> {
        AccountTable(DynamoDbClient client, String tableName) {
            super(TableContext.sync(client, tableName, Account_.SCHEMA));
        }

        Key<Account> key(String id) {
            return Key.of(Account_.id, id);
        }
    }

    /** @return a new, created invoices table on the shared DynamoDB Local */
    static InvoiceTable newInvoiceTable() {
        InvoiceTable table = new InvoiceTable(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("invoices"));
        table.createTable();
        return table;
    }

    /** @return a new, created accounts table on the shared DynamoDB Local */
    static AccountTable newAccountTable() {
        AccountTable table = new AccountTable(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("accounts"));
        table.createTable();
        return table;
    }

    /** @return {@code count} invoices of customer {@code customerId}, ids {@code inv-0000...} */
    static List<Invoice> invoices(String customerId, int count) {
        List<Invoice> invoices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            invoices.add(Invoice.of(customerId, String.format("inv-%05d", i), i % 2 == 0 ? "OPEN" : "PAID", i));
        }
        return invoices;
    }
}
