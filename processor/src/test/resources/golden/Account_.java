package com.acme;

import dev.dynaq.Attribute;
import dev.dynaq.AttributeConverter;
import dev.dynaq.DynaqException;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.InvalidValueException;
import dev.dynaq.ItemSchema;
import dev.dynaq.ListAttribute;
import dev.dynaq.MapAttribute;
import dev.dynaq.NumberAttribute;
import dev.dynaq.SetAttribute;
import dev.dynaq.internal.Converters;
import dev.dynaq.internal.ItemDecoding;
import dev.dynaq.internal.Values;
import dev.dynaq.internal.direct.ItemDecoder;
import dev.dynaq.internal.direct.JsonItem;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The metamodel of {@link Account}: one typed constant per attribute, for conditions, keys
 * and queries; the key schema of table {@value #TABLE_NAME} and of its indexes; and the item schema.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class Account_ {
    /**
     * The name of the table of {@link Account}: {@value}.
     */
    public static final String TABLE_NAME = "accounts";

    /**
     * Property {@code accountId} of {@link Account}, stored as N.
     */
    public static final NumberAttribute<Account, Long> accountId = new NumberAttribute<>(Account.class,
            "accountId", "accountId", Converters.LONG);

    /**
     * Property {@code version} of {@link Account}, stored as N.
     */
    public static final NumberAttribute<Account, Integer> version = new NumberAttribute<>(Account.class,
            "version", "version", Converters.INTEGER);

    /**
     * Property {@code active} of {@link Account}, stored as BOOL.
     */
    public static final Attribute<Account, Boolean> active = new Attribute<>(Account.class,
            "active", "active", Converters.BOOLEAN);

    /**
     * Property {@code scores} of {@link Account}, stored as L.
     */
    public static final ListAttribute<Account, Integer> scores = new ListAttribute<>(Account.class,
            "scores", "scores", Converters.listOf(Converters.INTEGER), Converters.INTEGER);

    /**
     * Property {@code tags} of {@link Account}, stored as SS.
     */
    public static final SetAttribute<Account, String> tags = new SetAttribute<>(Account.class,
            "tags", "tags", Converters.stringSetOf(Converters.STRING), Converters.STRING);

    /**
     * Property {@code codes} of {@link Account}, stored as NS.
     */
    public static final SetAttribute<Account, Long> codes = new SetAttribute<>(Account.class,
            "codes", "codes", Converters.numberSetOf(Converters.LONG), Converters.LONG);

    /**
     * Property {@code keys} of {@link Account}, stored as BS.
     */
    public static final SetAttribute<Account, SdkBytes> keys = new SetAttribute<>(Account.class,
            "keys", "keys", Converters.binarySetOf(Converters.SDK_BYTES), Converters.SDK_BYTES);

    /**
     * Property {@code limits} of {@link Account}, stored as M.
     */
    public static final MapAttribute<Account, Double> limits = new MapAttribute<>(Account.class,
            "limits", "limits", Converters.mapOf(Converters.DOUBLE));

    /**
     * Property {@code addresses} of {@link Account}, stored as L.
     */
    public static final ListAttribute<Account, Address> addresses = new ListAttribute<>(Account.class,
            "addresses", "addresses", Converters.listOf(Address_.CONVERTER), Address_.CONVERTER);

    /**
     * Property {@code groups} of {@link Account}, stored as M.
     */
    public static final MapAttribute<Account, List<String>> groups = new MapAttribute<>(Account.class,
            "groups", "groups", Converters.mapOf(Converters.listOf(Converters.STRING)));

    /**
     * The primary key of table {@value #TABLE_NAME}: partition key {@code accountId}.
     */
    public static final IndexDescriptor PRIMARY_KEY = IndexDescriptor.primary(new IndexDescriptor.KeyAttribute("accountId",
            IndexDescriptor.ScalarType.N), null);

    /**
     * Maps {@link Account} to DynamoDB items of table {@value #TABLE_NAME} and back, without reflection.
     */
    public static final ItemSchema<Account> SCHEMA = new Schema();

    private Account_() {
    }

    private static <V> V read(AttributeConverter<V> converter, AttributeValue value) {
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : converter.fromAttributeValue(value);
    }

    private static <E> Set<E> readSet(AttributeConverter<Set<E>> converter, AttributeValue value) {
        Set<E> set = read(converter, value);
        return set == null ? new LinkedHashSet<>() : set;
    }

    private static final class Schema implements ItemSchema<Account> {
        private static final List<Attribute<Account, ?>> ATTRIBUTES = List.of(Account_.accountId,
                Account_.version, Account_.active, Account_.scores, Account_.tags, Account_.codes,
                Account_.keys, Account_.limits, Account_.addresses, Account_.groups);

        private static final List<IndexDescriptor> SECONDARY_INDEXES = List.of();

        @Override
        public Class<Account> itemType() {
            return Account.class;
        }

        @Override
        public String tableName() {
            return Account_.TABLE_NAME;
        }

        @Override
        public Map<String, AttributeValue> toItem(Account item) {
            Map<String, AttributeValue> attributes = new HashMap<>(14);
            attributes.put("accountId", Values.fromLong(item.getAccountId()));
            Integer version = item.getVersion();
            if (version != null) {
                attributes.put("version", Values.fromInt(version));
            }
            attributes.put("active", Values.fromBoolean(item.isActive()));
            List<Integer> scores = item.getScores();
            if (scores != null) {
                try {
                    attributes.put("scores", Account_.scores.converter().toAttributeValue(scores));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.scores, invalid);
                }
            }
            Set<String> tags = item.getTags();
            if (tags != null) {
                try {
                    AttributeValue tagsValue = Account_.tags.converter().toAttributeValue(tags);
                    if (tagsValue != null) {
                        attributes.put("tags", tagsValue);
                    }
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.tags, invalid);
                }
            }
            Set<Long> codes = item.getCodes();
            if (codes != null) {
                try {
                    AttributeValue codesValue = Account_.codes.converter().toAttributeValue(codes);
                    if (codesValue != null) {
                        attributes.put("codes", codesValue);
                    }
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.codes, invalid);
                }
            }
            Set<SdkBytes> keys = item.getKeys();
            if (keys != null) {
                try {
                    AttributeValue keysValue = Account_.keys.converter().toAttributeValue(keys);
                    if (keysValue != null) {
                        attributes.put("keys", keysValue);
                    }
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.keys, invalid);
                }
            }
            Map<String, Double> limits = item.getLimits();
            if (limits != null) {
                try {
                    attributes.put("limits", Account_.limits.converter().toAttributeValue(limits));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.limits, invalid);
                }
            }
            List<Address> addresses = item.getAddresses();
            if (addresses != null) {
                try {
                    attributes.put("addresses", Account_.addresses.converter().toAttributeValue(addresses));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.addresses, invalid);
                }
            }
            Map<String, List<String>> groups = item.getGroups();
            if (groups != null) {
                try {
                    attributes.put("groups", Account_.groups.converter().toAttributeValue(groups));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Account_.groups, invalid);
                }
            }
            return attributes;
        }

        @Override
        public Account fromItem(Map<String, AttributeValue> item) {
            try {
                Account account = new Account();
                account.setAccountId(Values.toLong(item.get("accountId")));
                account.setVersion(Values.toInteger(item.get("version")));
                account.setActive(Values.toBoolean(item.get("active")));
                account.setScores(read(Account_.scores.converter(), item.get("scores")));
                account.setTags(readSet(Account_.tags.converter(), item.get("tags")));
                account.setCodes(readSet(Account_.codes.converter(), item.get("codes")));
                account.setKeys(readSet(Account_.keys.converter(), item.get("keys")));
                account.setLimits(read(Account_.limits.converter(), item.get("limits")));
                account.setAddresses(read(Account_.addresses.converter(), item.get("addresses")));
                account.setGroups(read(Account_.groups.converter(), item.get("groups")));
                return account;
            } catch (DynaqException unreadable) {
                throw ItemDecoding.unreadable(ATTRIBUTES, item, unreadable);
            }
        }

        @Override
        public Map<String, AttributeValue> primaryKey(Account item) {
            Map<String, AttributeValue> key = new LinkedHashMap<>(2);
            key.put("accountId", Account_.accountId.toKeyValue(item.getAccountId()));
            return key;
        }

        @Override
        public IndexDescriptor primaryIndex() {
            return Account_.PRIMARY_KEY;
        }

        @Override
        public List<IndexDescriptor> secondaryIndexes() {
            return SECONDARY_INDEXES;
        }

        @Override
        public List<Attribute<Account, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public Optional<ItemSchema.VersionSupport<Account>> versioning() {
            return Optional.of(Versioning.INSTANCE);
        }

        @Override
        public Optional<ItemDecoder<Account>> itemDecoder() {
            return Optional.of(Decoder.INSTANCE);
        }

        private static final class Versioning implements ItemSchema.VersionSupport<Account> {
            private static final Versioning INSTANCE = new Versioning();

            @Override
            public String attributeName() {
                return "version";
            }

            @Override
            public long version(Account item) {
                Integer version = item.getVersion();
                return version == null ? 0L : version;
            }

            @Override
            public Account withVersion(Account item, long version) {
                item.setVersion((int) version);
                return item;
            }
        }
    }

    /**
     * Decodes items of {@link Account} from DynamoDB's JSON text: each mapped attribute's value, then
     * the same conversions as {@link ItemSchema#fromItem}; other attributes are skipped.
     */
    private static final class Decoder implements ItemDecoder<Account> {
        private static final Decoder INSTANCE = new Decoder();

        @Override
        public Account decode(JsonItem item) throws IOException {
            Long accountId = null;
            Integer version = null;
            Boolean active = null;
            List<Integer> scores = null;
            AttributeValue tags = null;
            AttributeValue codes = null;
            AttributeValue keys = null;
            Map<String, Double> limits = null;
            List<Address> addresses = null;
            Map<String, List<String>> groups = null;
            for (String name = item.nextAttribute(); name != null; name = item.nextAttribute()) {
                switch (name) {
                    case "accountId" -> accountId = item.read(Account_.accountId.converter());
                    case "version" -> version = item.read(Account_.version.converter());
                    case "active" -> active = item.read(Account_.active.converter());
                    case "scores" -> scores = item.read(Account_.scores.converter());
                    case "tags" -> tags = item.value();
                    case "codes" -> codes = item.value();
                    case "keys" -> keys = item.value();
                    case "limits" -> limits = item.read(Account_.limits.converter());
                    case "addresses" -> addresses = item.read(Account_.addresses.converter());
                    case "groups" -> groups = item.read(Account_.groups.converter());
                    default -> item.skip();
                }
            }
            Account account = new Account();
            account.setAccountId(accountId == null ? 0L : accountId);
            account.setVersion(version);
            account.setActive(active != null && active);
            account.setScores(scores);
            account.setTags(readSet(Account_.tags.converter(), tags));
            account.setCodes(readSet(Account_.codes.converter(), codes));
            account.setKeys(readSet(Account_.keys.converter(), keys));
            account.setLimits(limits);
            account.setAddresses(addresses);
            account.setGroups(groups);
            return account;
        }
    }
}
