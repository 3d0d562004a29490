package com.acme;

import dev.dynaq.Cursor;
import dev.dynaq.Dynaq;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import dev.dynaq.Page;
import dev.dynaq.Query;
import dev.dynaq.annotation.IndexProjection;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.TableContext;
import dev.dynaq.single.MixedSchema;
import dev.dynaq.single.SharedTable;
import dev.dynaq.single.UnknownItem;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Shared table {@value #TABLE_NAME} of {@link Shop}, holding the entity types {@link com.acme.ShopCustomer} ({@code Customer}), {@link com.acme.ShopOrder} ({@code Order}): {@code createTable()} with
 * the union of their keys and indexes, and a typed query per item collection. Each entity's
 * own items are read and written through its table ({@link com.acme.ShopCustomerTable}, {@link com.acme.ShopOrderTable}). Immutable and thread-safe.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class ShopTable extends SharedTable {
    /**
     * The name of the table in the model: {@value}.
     */
    public static final String TABLE_NAME = "shop";

    /**
     * The attribute that holds each item's entity type: {@value}.
     */
    public static final String TYPE_ATTRIBUTE = "_type";

    /**
     * The table's key: partition key {@code pk}, sort key {@code sk}, both strings.
     */
    public static final IndexDescriptor PRIMARY_KEY = IndexDescriptor.primary(new IndexDescriptor.KeyAttribute("pk", IndexDescriptor.ScalarType.S), new IndexDescriptor.KeyAttribute("sk", IndexDescriptor.ScalarType.S));

    /**
     * Global index {@code gsi1}: partition key {@code gsi1pk}, sort key {@code gsi1sk}, every attribute projected.
     */
    public static final IndexDescriptor GSI1 = new IndexDescriptor("gsi1", IndexDescriptor.Kind.GLOBAL,
            new IndexDescriptor.KeyAttribute("gsi1pk", IndexDescriptor.ScalarType.S),
            new IndexDescriptor.KeyAttribute("gsi1sk", IndexDescriptor.ScalarType.S),
            IndexProjection.ALL, List.of());

    private static final ItemSchema<UnknownItem> SCHEMA = schema(TABLE_NAME, TYPE_ATTRIBUTE, PRIMARY_KEY, List.of(GSI1));

    private static final ItemSchema<CustomerCollection.Item> CUSTOMER_COLLECTION = MixedSchema.builder(CustomerCollection.Item.class, TABLE_NAME, TYPE_ATTRIBUTE, PRIMARY_KEY, List.of(GSI1), CustomerCollection.Unknown::new)
            .member("Customer", ShopCustomer_.SCHEMA, CustomerCollection.CustomerItem::new)
            .member("Order", ShopOrder_.SCHEMA, CustomerCollection.OrderItem::new)
            .build();

    private ShopTable(TableContext<UnknownItem> context) {
        super(context);
    }

    /**
     * Opens the shared table in an environment: through its client, under the name its
     * {@link Dynaq#tableNames() table names} map {@value #TABLE_NAME} to, with its options.
     *
     * @param dynaq the environment, shared by every table created from it
     * @return the table
     * @throws IllegalStateException if the environment has no sync client
     */
    public static ShopTable create(Dynaq dynaq) {
        return new ShopTable(dynaq.context(SCHEMA, false));
    }

    /**
     * Opens table {@value #TABLE_NAME} through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @return the table
     */
    public static ShopTable create(DynamoDbClient client) {
        return create(client, TABLE_NAME);
    }

    /**
     * Opens the shared table under another name (per environment, say) through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @param tableName the physical table name
     * @return the table
     */
    public static ShopTable create(DynamoDbClient client, String tableName) {
        return new ShopTable(TableContext.sync(client, tableName, SCHEMA));
    }

    /**
     * Returns a copy of this table whose collection pages' cursors carry an HMAC-SHA256 signature
     * under {@code secret}, and whose collection queries refuse, before any request, every cursor
     * that is unsigned or whose signature does not match.
     *
     * @param secret the secret, at least 16 bytes (32 random bytes recommended); copied
     * @return the copy; this table is unchanged
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public ShopTable withSignedCursors(byte[] secret) {
        return new ShopTable(context().withCursorSecret(secret));
    }

    /**
     * Queries item collection {@code Customer}: every item of partition {@code CUSTOMER#{customerId}}, of the types
     * {@link com.acme.ShopCustomer}, {@link com.acme.ShopOrder}, in one query of one partition, in sort-key order.
     *
     * @param customerId a variable of the partition key
     * @return the query, to refine and run
     * @throws dev.dynaq.InvalidValueException if a value is null or empty
     */
    public CustomerCollectionQuery queryCustomerCollection(String customerId) {
        return new CustomerCollectionQuery(context(CUSTOMER_COLLECTION),
                QuerySpec.partition(PRIMARY_KEY, ShopCustomer_.KEYS.tableKey().partition().key(List.of(ShopCustomer_.customerId.toKeyValue(customerId)))));
    }

    /**
     * A query of item collection {@code Customer}: its items, each decoded to its entity type by
     * the type attribute, as a stream, pages with cursors, or grouped by type ({@link #fetchCollection},
     * {@link #collect}).
     */
    public static final class CustomerCollectionQuery extends Query<CustomerCollection.Item, CustomerCollectionQuery> {
        private CustomerCollectionQuery(TableContext<CustomerCollection.Item> context,
                QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected CustomerCollectionQuery copy(QuerySpec spec) {
            return new CustomerCollectionQuery(context(), spec);
        }

        /**
         * Reads one page of the collection, grouped by type: {@code fetchPage(pageSize)}.
         *
         * @param pageSize the number of items, of any type, in the page
         * @return the page's items by type, with the cursor to resume after it
         */
        public CustomerCollection fetchCollection(int pageSize) {
            return new CustomerCollection(fetchPage(pageSize));
        }

        /**
         * Reads the whole collection (every page), grouped by type.
         *
         * @return the items by type, without cursor
         */
        public CustomerCollection collect() {
            return new CustomerCollection(new Page<>(list(), null, null));
        }

        /**
         * Reads strongly consistent: the results include every write that succeeded before.
         *
         * @return the new query
         */
        public CustomerCollectionQuery consistentRead() {
            return withConsistentRead();
        }
    }

    /**
     * Items of collection {@code Customer}, grouped by entity type, in sort-key order within each
     * type; {@link #items()} keeps them mixed, in the order read. Immutable.
     */
    public static final class CustomerCollection {
        private final Page<Item> page;

        CustomerCollection(Page<Item> page) {
            this.page = page;
        }

        /**
         * @return the {@link ShopCustomer} of the partition, if it was read (a partition holds at most one)
         */
        public Optional<ShopCustomer> customer() {
            return page.items().stream().filter(CustomerItem.class::isInstance).map(CustomerItem.class::cast).map(CustomerItem::customer).findFirst();
        }

        /**
         * @return the {@link ShopOrder} items read, in the order read
         */
        public List<ShopOrder> orders() {
            return page.items().stream().filter(OrderItem.class::isInstance).map(OrderItem.class::cast).map(OrderItem::order).toList();
        }

        /**
         * @return the items whose type attribute names none of the collection's types, as read
         */
        public List<UnknownItem> unknownItems() {
            return page.items().stream().filter(Unknown.class::isInstance).map(Unknown.class::cast).map(Unknown::item).toList();
        }

        /**
         * @return every item read, mixed, in sort-key order
         */
        public List<Item> items() {
            return page.items();
        }

        /**
         * @return where to resume with {@code startCursor(...)}; empty after the last page
         */
        public Optional<Cursor> cursor() {
            return page.cursor();
        }

        /**
         * @return whether a cursor was returned (the next page may still be empty)
         */
        public boolean hasMore() {
            return page.hasMore();
        }

        /**
         * An item of the collection that is a {@link ShopCustomer}.
         *
         * @param customer the item
         */
        public record CustomerItem(ShopCustomer customer) implements Item {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.customer(customer);
            }
        }

        /**
         * An item of the collection that is a {@link ShopOrder}.
         *
         * @param order the item
         */
        public record OrderItem(ShopOrder order) implements Item {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.order(order);
            }
        }

        /**
         * An item of the partition whose type attribute names none of the collection's entity types
         * (or is missing): kept as read, never decoded as one of them.
         *
         * @param item the item as read
         */
        public record Unknown(UnknownItem item) implements Item {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.unknown(item);
            }
        }

        /**
         * One item of the collection, of one of its entity types or unknown.
         */
        public sealed interface Item permits CustomerItem, OrderItem, Unknown {
            /**
             * @param visitor handles each type
             * @param <R> what the visitor returns
             * @return what the visitor returned for this item
             */
            <R> R accept(Visitor<R> visitor);
        }

        /**
         * Handles each type of item of the collection, for code that walks the mixed items.
         *
         * @param <R> what it returns
         */
        public interface Visitor<R> {
            /**
             * @param customer an item of type {@link ShopCustomer}
             * @return the result
             */
            R customer(ShopCustomer customer);

            /**
             * @param order an item of type {@link ShopOrder}
             * @return the result
             */
            R order(ShopOrder order);

            /**
             * @param item an item whose type attribute names none of the collection's types
             * @return the result
             */
            R unknown(UnknownItem item);
        }
    }
}
