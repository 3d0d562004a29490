package dev.dynaq;

import dev.dynaq.TransactionCanceledException.ActionKind;
import dev.dynaq.TransactionCanceledException.Reason;
import dev.dynaq.internal.RequestRecorder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * DynamoDB transactions across tables and entities: all actions happen, or none.
 *
 * <pre>{@code
 * Transaction.write(dynaq)                 // or write(client)
 *         .put(orders, order)
 *         .update(stock.update(stock.key(sku)).add(Stock_.reserved, 1))
 *         .conditionCheck(customers, customers.key(customerId), Customer_.blocked.ne(true))
 *         .idempotencyToken(requestId)
 *         .execute();
 *
 * Transaction.Results read = Transaction.get(dynaq)
 *         .get(orders, orders.key(customerId, orderId))
 *         .get(customers, customers.key(customerId))
 *         .execute();
 * Optional<Order> order = read.get(orders, orders.key(customerId, orderId));
 * }</pre>
 *
 * A transaction holds at most 100 actions and each item at most once; both are checked as actions are
 * added. Each action goes to the physical table of the table object it names, so the
 * {@link TableNames} of the {@link Dynaq} the tables were created from apply. Versioned entities get
 * their version conditions as with single writes. A canceled transaction throws
 * {@link TransactionCanceledException} naming the actions that caused it.
 */
public final class Transaction {
    /** DynamoDB's limit of actions in one transaction. */
    public static final int MAX_ACTIONS = 100;

    private Transaction() {
    }

    /**
     * @param client the client to send the transaction with
     * @return an empty write transaction
     */
    public static Write write(DynamoDbClient client) {
        return new Write(Objects.requireNonNull(client, "client"), null);
    }

    /**
     * @param dynaq the environment whose sync client sends the transaction
     * @return an empty write transaction
     * @throws IllegalStateException if the environment has no sync client
     */
    public static Write write(Dynaq dynaq) {
        return new Write(Objects.requireNonNull(dynaq, "dynaq").syncClient(), dynaq.recorder());
    }

    /**
     * @param dynaq the environment whose sync client sends the transaction
     * @return an empty read transaction
     * @throws IllegalStateException if the environment has no sync client
     */
    public static Read get(Dynaq dynaq) {
        return new Read(Objects.requireNonNull(dynaq, "dynaq").syncClient(), dynaq.recorder());
    }

    /**
     * @param client the client to send the transaction with
     * @return an empty read transaction
     */
    public static Read get(DynamoDbClient client) {
        return new Read(Objects.requireNonNull(client, "client"), null);
    }

    private record ItemId(String tableName, Map<String, AttributeValue> key) {
    }

    private record WriteAction(ActionKind kind, String tableName, Map<String, AttributeValue> key, TransactWriteItem item,
            Predicate<Map<String, AttributeValue>> versionConflict, Runnable committed) {
    }

    /**
     * A write transaction being built: puts, updates, deletes and condition checks, sent together by
     * {@link #execute()}. A mutable builder, not thread-safe; it can be executed more than once (with
     * the same idempotency token, DynamoDB treats a repeat within ten minutes as the same request).
     */
    public static final class Write {
        private final DynamoDbClient client;
        private final List<WriteAction> actions = new ArrayList<>();
        private final Map<ItemId, Integer> positions = new HashMap<>();
        private String idempotencyToken;
        /** The Dynaq's, else the first table's: logging and the request listener. */
        private RequestRecorder recorder;

        private Write(DynamoDbClient client, RequestRecorder recorder) {
            this.client = client;
            this.recorder = recorder;
        }

        /**
         * Puts the item, replacing any item with its key; versioned items are conditional on their
         * version and written with the next one, as with {@link Table#save(Object)}.
         *
         * @param table the item's table
         * @param item the item
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write put(Table<E> table, E item) {
            return addPut(table, table.planPut(item, null, false));
        }

        /**
         * Puts the item if the condition holds on the stored item.
         *
         * @param table the item's table
         * @param item the item
         * @param condition the condition
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write put(Table<E> table, E item, Condition condition) {
            return addPut(table, table.planPut(item, Objects.requireNonNull(condition, "condition"), false));
        }

        /**
         * Puts the item only if no item with its key exists; otherwise the transaction is canceled.
         *
         * @param table the item's table
         * @param item the item
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write putIfAbsent(Table<E> table, E item) {
            return addPut(table, table.planPut(item, null, true));
        }

        /**
         * Adds an update built with {@code table.update(key)}; its {@link Update#returning()} must be
         * {@link ReturnChoice#NONE}, as transactions return nothing.
         *
         * @param update the update
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write update(Update<E> update) {
            Objects.requireNonNull(update, "update");
            if (update.returning() != ReturnChoice.NONE) {
                throw new IllegalArgumentException("an update in a transaction returns nothing; remove returning("
                        + update.returning() + ")");
            }
            Table<E> table = update.table();
            WritePlan<E> plan = update.plan();
            TransactWriteItem item = PutRequests.transactUpdate(plan);
            return add(table, new WriteAction(ActionKind.UPDATE, plan.tableName(), plan.key(), item,
                    current -> table.isVersionConflict(plan, current), () -> { }));
        }

        /**
         * Adds an update of the item with the key.
         *
         * @param table the item's table
         * @param key the key
         * @param actions adds the update's actions, as in {@code u -> u.set(Order_.status, SHIPPED)}
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write update(Table<E> table, Key<E> key, UnaryOperator<Update<E>> actions) {
            return update(actions.apply(table.update(key)));
        }

        /**
         * Deletes the item with the key (unconditional, also for versioned entities).
         *
         * @param table the item's table
         * @param key the key
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write delete(Table<E> table, Key<E> key) {
            return addDelete(table, table.planDelete(key, null, null));
        }

        /**
         * Deletes the item with the key if the condition holds.
         *
         * @param table the item's table
         * @param key the key
         * @param condition the condition
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write delete(Table<E> table, Key<E> key, Condition condition) {
            return addDelete(table, table.planDelete(key, Objects.requireNonNull(condition, "condition"), null));
        }

        /**
         * Deletes the stored item with the item's key; for versioned entities only if the stored version is the item's.
         *
         * @param table the item's table
         * @param item the item as read
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write delete(Table<E> table, E item) {
            return addDelete(table, table.planDeleteItem(item));
        }

        /**
         * Requires the condition to hold on the item with the key, without writing it.
         *
         * @param table the item's table
         * @param key the key
         * @param condition the condition
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Write conditionCheck(Table<E> table, Key<E> key, Condition condition) {
            WritePlan<E> plan = table.planDelete(key, Objects.requireNonNull(condition, "condition"), null);
            TransactWriteItem item = TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
                    .tableName(plan.tableName())
                    .key(plan.key())
                    .conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names())
                    .expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
            return add(table, new WriteAction(ActionKind.CONDITION_CHECK, plan.tableName(), plan.key(), item, current -> false, () -> { }));
        }

        /**
         * @param token a client request token of 1 to 36 characters: repeating the transaction with it
         *     within ten minutes does not apply it twice
         * @return this transaction
         */
        public Write idempotencyToken(String token) {
            Objects.requireNonNull(token, "token");
            if (token.isEmpty() || token.length() > 36) {
                throw new IllegalArgumentException("an idempotency token has 1 to 36 characters, got " + token.length());
            }
            this.idempotencyToken = token;
            return this;
        }

        /** @return how many actions the transaction holds */
        public int size() {
            return actions.size();
        }

        /**
         * Sends the transaction.
         *
         * @throws TransactionCanceledException if DynamoDB canceled it; nothing was written
         * @throws IllegalStateException if it has no action
         */
        public void execute() {
            if (actions.isEmpty()) {
                throw new IllegalStateException("the transaction has no action; add a put, update, delete or conditionCheck");
            }
            List<TransactWriteItem> items = actions.stream().map(WriteAction::item).toList();
            try {
                recorder.send(TransactWriteItemsRequest.builder().transactItems(items).clientRequestToken(idempotencyToken).build(),
                        client::transactWriteItems);
            } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
                List<Reason> reasons = new ArrayList<>();
                List<CancellationReason> sdkReasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                for (int i = 0; i < Math.min(sdkReasons.size(), actions.size()); i++) {
                    CancellationReason reason = sdkReasons.get(i);
                    if (reason.code() == null || "None".equals(reason.code())) {
                        continue;
                    }
                    WriteAction action = actions.get(i);
                    Map<String, AttributeValue> current = reason.hasItem() ? reason.item() : null;
                    boolean conflict = "ConditionalCheckFailed".equals(reason.code()) && action.versionConflict().test(current);
                    reasons.add(new Reason(i, action.tableName(), action.kind(), action.key(), reason.code(), reason.message(),
                            conflict, current));
                }
                throw new TransactionCanceledException(describe("write", reasons), reasons, e);
            }
            actions.forEach(action -> action.committed().run());
        }

        private <E> Write addPut(Table<E> table, WritePlan<E> plan) {
            TransactWriteItem item = PutRequests.transactItem(plan);
            // a versioned bean gets its new version only once the transaction committed; TransactWriteItems
            // returns no item, so a bean's created date and counters stay as they were
            return add(table, new WriteAction(ActionKind.PUT, plan.tableName(), plan.key(), item, current -> table.isVersionConflict(plan, current),
                    () -> table.written(plan, null)));
        }

        private <E> Write addDelete(Table<E> table, WritePlan<E> plan) {
            TransactWriteItem item = TransactWriteItem.builder().delete(Delete.builder()
                    .tableName(plan.tableName())
                    .key(plan.key())
                    .conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names())
                    .expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
            return add(table, new WriteAction(ActionKind.DELETE, plan.tableName(), plan.key(), item, current -> table.isVersionConflict(plan, current),
                    () -> { }));
        }

        private Write add(Table<?> table, WriteAction action) {
            if (actions.size() >= MAX_ACTIONS) {
                throw new IllegalStateException("a transaction holds at most " + MAX_ACTIONS + " actions; this "
                        + action.kind() + " on table '" + action.tableName() + "' would be the " + (MAX_ACTIONS + 1)
                        + "th. Split the work into several transactions");
            }
            ItemId id = new ItemId(action.tableName(), action.key());
            Integer previous = positions.putIfAbsent(id, actions.size());
            if (previous != null) {
                throw new IllegalArgumentException("the item " + Table.describeKey(action.key()) + " of table '" + action.tableName()
                        + "' is already in the transaction (action " + previous + ", " + actions.get(previous).kind()
                        + "); DynamoDB allows one action per item in a transaction");
            }
            actions.add(action);
            if (recorder == null) {
                recorder = table.context().recorder();
            }
            return this;
        }
    }

    private record GetAction(String tableName, Map<String, AttributeValue> key) {
    }

    /** A read transaction being built; a mutable builder, not thread-safe. */
    public static final class Read {
        private final DynamoDbClient client;
        private final List<GetAction> actions = new ArrayList<>();
        private final Map<ItemId, Integer> positions = new HashMap<>();

        /** The Dynaq's, else the first table's: logging and the request listener. */
        private RequestRecorder recorder;

        private Read(DynamoDbClient client, RequestRecorder recorder) {
            this.client = client;
            this.recorder = recorder;
        }

        /**
         * Reads the item with the key; reading one item twice is refused.
         *
         * @param table the item's table
         * @param key the key
         * @param <E> the entity type
         * @return this transaction
         */
        public <E> Read get(Table<E> table, Key<E> key) {
            Map<String, AttributeValue> map = table.checkedKey(key);
            if (actions.size() >= MAX_ACTIONS) {
                throw new IllegalStateException("a transaction holds at most " + MAX_ACTIONS + " actions; split the reads");
            }
            ItemId id = new ItemId(table.tableName(), map);
            if (positions.putIfAbsent(id, actions.size()) != null) {
                throw new IllegalArgumentException("the item " + Table.describeKey(map) + " of table '" + table.tableName()
                        + "' is already read by this transaction");
            }
            actions.add(new GetAction(table.tableName(), map));
            if (recorder == null) {
                recorder = table.context().recorder();
            }
            return this;
        }

        /**
         * Reads every item at once, consistently.
         *
         * @return the items, looked up with {@link Results#get(Table, Key)}
         * @throws TransactionCanceledException if DynamoDB canceled the read (for instance, a
         *     conflicting write transaction)
         */
        public Results execute() {
            if (actions.isEmpty()) {
                throw new IllegalStateException("the transaction has no get; add one with get(table, key)");
            }
            List<TransactGetItem> items = actions.stream()
                    .map(a -> TransactGetItem.builder().get(g -> g.tableName(a.tableName()).key(a.key())).build())
                    .toList();
            TransactGetItemsResponse response;
            try {
                response = recorder.send(TransactGetItemsRequest.builder().transactItems(items).build(), client::transactGetItems);
            } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
                List<Reason> reasons = new ArrayList<>();
                List<CancellationReason> sdkReasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                for (int i = 0; i < Math.min(sdkReasons.size(), actions.size()); i++) {
                    CancellationReason reason = sdkReasons.get(i);
                    if (reason.code() != null && !"None".equals(reason.code())) {
                        GetAction action = actions.get(i);
                        reasons.add(new Reason(i, action.tableName(), ActionKind.GET, action.key(), reason.code(), reason.message(),
                                false, null));
                    }
                }
                throw new TransactionCanceledException(describe("get", reasons), reasons, e);
            }
            List<Map<String, AttributeValue>> found = new ArrayList<>(actions.size());
            List<ItemResponse> responses = response.hasResponses() ? response.responses() : List.of();
            for (int i = 0; i < actions.size(); i++) {
                ItemResponse item = i < responses.size() ? responses.get(i) : null;
                found.add(item == null || !item.hasItem() || item.item().isEmpty() ? null : item.item());
            }
            return new Results(Map.copyOf(positions), found);
        }
    }

    /** The items of a read transaction. Immutable. */
    public static final class Results {
        private final Map<ItemId, Integer> positions;
        private final List<Map<String, AttributeValue>> items;

        private Results(Map<ItemId, Integer> positions, List<Map<String, AttributeValue>> items) {
            this.positions = positions;
            this.items = Collections.unmodifiableList(items);
        }

        /**
         * @param table the table the item was read from
         * @param key its key
         * @param <E> the entity type
         * @return the item; empty when no item has the key
         * @throws IllegalArgumentException if the transaction did not read that key
         */
        public <E> Optional<E> get(Table<E> table, Key<E> key) {
            Integer index = positions.get(new ItemId(table.tableName(), table.checkedKey(key)));
            if (index == null) {
                throw new IllegalArgumentException("the transaction did not read " + Table.describeKey(key.toMap())
                        + " of table '" + table.tableName() + "'; add it with get(table, key) before execute()");
            }
            return Optional.ofNullable(items.get(index)).map(table.schema()::fromItem);
        }

        /** @return how many items were asked for */
        public int size() {
            return items.size();
        }
    }

    private static String describe(String kind, List<Reason> reasons) {
        StringBuilder out = new StringBuilder("Transaction (" + kind + ") was canceled; nothing of it was applied. ");
        if (reasons.isEmpty()) {
            return out.append("DynamoDB gave no reason per action").toString();
        }
        out.append("Causes: ");
        for (int i = 0; i < reasons.size(); i++) {
            Reason reason = reasons.get(i);
            if (i > 0) {
                out.append("; ");
            }
            out.append("action ").append(reason.index()).append(" (").append(reason.kind()).append(" on '")
                    .append(reason.tableName()).append("' ").append(Table.describeKey(reason.key())).append("): ")
                    .append(reason.versionConflict() ? "version conflict" : reason.code());
            if (reason.message() != null && !reason.message().isBlank()) {
                out.append(" - ").append(reason.message());
            }
        }
        return out.toString();
    }
}
