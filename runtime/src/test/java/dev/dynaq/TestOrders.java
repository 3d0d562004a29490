package dev.dynaq;

import dev.dynaq.IndexDescriptor.KeyAttribute;
import dev.dynaq.annotation.IndexProjection;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.SortKeyCondition;
import dev.dynaq.internal.TableContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A hand-written stand-in for what the processor generates for an {@code Order} entity: the
 * metamodel, the item schema, the table and one query type per key. Table key: customerId (S) +
 * orderId (S); global index {@code byStatus}: status (S) + createdAt (N).
 */
final class TestOrders {
    private TestOrders() {
    }

    /** The entity. */
    record Order(String customerId, String orderId, String status, Long createdAt, Integer total, String note) {
    }

    static final AttributeConverter<Long> LONG = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(Long value) {
            return AttributeValue.fromN(Long.toString(value));
        }

        @Override
        public Long fromAttributeValue(AttributeValue value) {
            return Long.valueOf(value.n());
        }
    };

    static final AttributeConverter<Integer> INT = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(Integer value) {
            return AttributeValue.fromN(Integer.toString(value));
        }

        @Override
        public Integer fromAttributeValue(AttributeValue value) {
            return Integer.valueOf(value.n());
        }
    };

    static final StringAttribute<Order> CUSTOMER_ID = new StringAttribute<>(Order.class, "customerId", "customerId");
    static final StringAttribute<Order> ORDER_ID = new StringAttribute<>(Order.class, "orderId", "orderId");
    static final StringAttribute<Order> STATUS = new StringAttribute<>(Order.class, "status", "status");
    static final NumberAttribute<Order, Long> CREATED_AT = new NumberAttribute<>(Order.class, "createdAt", "createdAt", LONG);
    static final NumberAttribute<Order, Integer> TOTAL = new NumberAttribute<>(Order.class, "total", "total", INT);
    static final StringAttribute<Order> NOTE = new StringAttribute<>(Order.class, "note", "note");

    static final IndexDescriptor PRIMARY_KEY = IndexDescriptor.primary(
            new KeyAttribute("customerId", IndexDescriptor.ScalarType.S), new KeyAttribute("orderId", IndexDescriptor.ScalarType.S));
    static final IndexDescriptor BY_STATUS = new IndexDescriptor("byStatus", IndexDescriptor.Kind.GLOBAL,
            new KeyAttribute("status", IndexDescriptor.ScalarType.S), new KeyAttribute("createdAt", IndexDescriptor.ScalarType.N),
            IndexProjection.ALL, List.of());

    static final ItemSchema<Order> SCHEMA = new ItemSchema<>() {
        @Override
        public Class<Order> itemType() {
            return Order.class;
        }

        @Override
        public String tableName() {
            return "orders";
        }

        @Override
        public Map<String, AttributeValue> toItem(Order item) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            map.put("customerId", AttributeValue.fromS(item.customerId()));
            map.put("orderId", AttributeValue.fromS(item.orderId()));
            if (item.status() != null) {
                map.put("status", AttributeValue.fromS(item.status()));
            }
            if (item.createdAt() != null) {
                map.put("createdAt", LONG.toAttributeValue(item.createdAt()));
            }
            if (item.total() != null) {
                map.put("total", INT.toAttributeValue(item.total()));
            }
            if (item.note() != null) {
                map.put("note", AttributeValue.fromS(item.note()));
            }
            return map;
        }

        @Override
        public Order fromItem(Map<String, AttributeValue> item) {
            AttributeValue createdAt = item.get("createdAt");
            AttributeValue total = item.get("total");
            return new Order(s(item.get("customerId")), s(item.get("orderId")), s(item.get("status")),
                    createdAt == null ? null : LONG.fromAttributeValue(createdAt),
                    total == null ? null : INT.fromAttributeValue(total), s(item.get("note")));
        }

        private String s(AttributeValue value) {
            return value == null ? null : value.s();
        }

        @Override
        public Map<String, AttributeValue> primaryKey(Order item) {
            if (item.customerId() == null || item.customerId().isEmpty() || item.orderId() == null || item.orderId().isEmpty()) {
                throw new InvalidValueException("Order.customerId and Order.orderId are key attributes and must not be empty");
            }
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            key.put("customerId", AttributeValue.fromS(item.customerId()));
            key.put("orderId", AttributeValue.fromS(item.orderId()));
            return key;
        }

        @Override
        public IndexDescriptor primaryIndex() {
            return PRIMARY_KEY;
        }

        @Override
        public List<IndexDescriptor> secondaryIndexes() {
            return List.of(BY_STATUS);
        }

        @Override
        public List<Attribute<Order, ?>> attributes() {
            return List.of(CUSTOMER_ID, ORDER_ID, STATUS, CREATED_AT, TOTAL, NOTE);
        }
    };

    /** The generated table's query of the table key. */
    static final class CustomerIdQuery extends Query<Order, CustomerIdQuery> {
        CustomerIdQuery(TableContext<Order> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected CustomerIdQuery copy(QuerySpec spec) {
            return new CustomerIdQuery(context(), spec);
        }

        CustomerIdQuery consistentRead() {
            return withConsistentRead();
        }

        CustomerIdQuery orderIdBetween(String low, String high) {
            return withSortKey(SortKeyCondition.between(AttributeValue.fromS(low), AttributeValue.fromS(high)));
        }

        CustomerIdQuery orderIdBeginsWith(String prefix) {
            return withSortKey(SortKeyCondition.beginsWith(AttributeValue.fromS(prefix)));
        }
    }

    /** The generated table's query of the {@code byStatus} index (no consistentRead()). */
    static final class StatusQuery extends Query<Order, StatusQuery> {
        StatusQuery(TableContext<Order> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected StatusQuery copy(QuerySpec spec) {
            return new StatusQuery(context(), spec);
        }

        StatusQuery createdAtGe(long from) {
            return withSortKey(SortKeyCondition.ge(AttributeValue.fromN(Long.toString(from))));
        }
    }

    /** The async query of the table key. */
    static final class AsyncCustomerIdQuery extends AsyncQuery<Order, AsyncCustomerIdQuery> {
        AsyncCustomerIdQuery(TableContext<Order> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected AsyncCustomerIdQuery copy(QuerySpec spec) {
            return new AsyncCustomerIdQuery(context(), spec);
        }
    }

    /** The generated sync table. */
    static final class OrderTable extends Table<Order> {
        OrderTable(DynamoDbClient client, String tableName) {
            super(TableContext.sync(client, tableName, SCHEMA));
        }

        CustomerIdQuery queryByCustomerId(String customerId) {
            return new CustomerIdQuery(context(), QuerySpec.partition(PRIMARY_KEY, AttributeValue.fromS(customerId)));
        }

        StatusQuery queryByStatus(String status) {
            return new StatusQuery(context(), QuerySpec.partition(BY_STATUS, AttributeValue.fromS(status)));
        }

        Key<Order> key(String customerId, String orderId) {
            return Key.fromMap(Map.of("customerId", AttributeValue.fromS(customerId), "orderId", AttributeValue.fromS(orderId)));
        }
    }

    /** The generated async table. */
    static final class OrderAsyncTable extends AsyncTable<Order> {
        OrderAsyncTable(DynamoDbAsyncClient client, String tableName) {
            super(TableContext.async(client, tableName, SCHEMA));
        }

        AsyncCustomerIdQuery queryByCustomerId(String customerId) {
            return new AsyncCustomerIdQuery(context(), QuerySpec.partition(PRIMARY_KEY, AttributeValue.fromS(customerId)));
        }
    }

    /** Creates the table with its global index. */
    static void createTable(DynamoDbClient client, String tableName) {
        client.createTable(CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("customerId").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("orderId").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("createdAt").attributeType(ScalarAttributeType.N).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("customerId").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("orderId").keyType(KeyType.RANGE).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("byStatus")
                        .keySchema(
                                KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("createdAt").keyType(KeyType.RANGE).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build());
    }

    /** Writes the items with BatchWriteItem, 25 at a time, retrying unprocessed ones. */
    static void seed(DynamoDbClient client, String tableName, List<Order> orders) {
        for (int from = 0; from < orders.size(); from += 25) {
            List<WriteRequest> writes = new ArrayList<>();
            for (Order order : orders.subList(from, Math.min(from + 25, orders.size()))) {
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(SCHEMA.toItem(order)).build()).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(tableName, writes);
            while (!pending.isEmpty()) {
                BatchWriteItemResponse response = client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build());
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }
}
