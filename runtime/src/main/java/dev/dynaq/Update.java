package dev.dynaq;

import dev.dynaq.internal.ExpressionWriter;
import dev.dynaq.internal.PartialItems;
import dev.dynaq.internal.WriteStamps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A typed update of one item, from {@code orders.update(customerId, orderId)}:
 *
 * <pre>{@code
 * Optional<Order> updated = orders.update(customerId, orderId)
 *         .set(Order_.status, OrderStatus.SHIPPED)
 *         .add(Order_.revision, 1)
 *         .remove(Order_.note)
 *         .condition(Order_.status.eq(OrderStatus.PAID))
 *         .returning(ReturnChoice.ALL_NEW)
 *         .execute();
 * }</pre>
 *
 * Value types are checked at compile time through the metamodel: {@code set(Order_.total, "x")} does
 * not compile. Like DynamoDB's {@code UpdateItem}, an update creates the item when no item has the
 * key; add {@code condition(Order_.customerId.exists())} to update only existing items. Key
 * attributes cannot be updated (delete and put instead), and each attribute can be named once per
 * update; both are refused before any request. Names and values always go through {@code #name} /
 * {@code :value} placeholders.
 *
 * <p>For an entity with a {@link dev.dynaq.annotation.Version @Version} attribute, every update adds
 * one to the version atomically; {@link #expectVersion(long)} makes the update conditional on the
 * version read, failing with {@link OptimisticLockException} when it changed.
 *
 * <p>Every update also sets the entity's {@link dev.dynaq.annotation.LastModifiedDate @LastModifiedDate}
 * to the table's clock time, its {@link dev.dynaq.annotation.CreatedDate @CreatedDate} where the item has
 * none ({@code if_not_exists}), and adds the delta of each
 * {@link dev.dynaq.annotation.AtomicCounter @AtomicCounter} atomically; an update that names one of these
 * attributes itself ({@code set}, {@code add}, {@code remove}) does that instead. Such an entity's update
 * may have no action of its own (it only touches the item).
 *
 * <p>Immutable and thread-safe: each method returns a new update, so an update can be kept and
 * executed again.
 *
 * @param <T> the entity type
 */
public final class Update<T> {
    private enum Clause { SET, REMOVE, ADD, DELETE }

    private enum Form { ASSIGN, IF_ABSENT, APPEND, PREPEND, PLAIN }

    private record Action(Clause clause, Form form, String name, AttributeValue value) {
    }

    private final Table<T> table;
    private final Key<T> key;
    private final List<Action> actions;
    private final Condition condition;
    private final Long expectedVersion;
    private final ReturnChoice returning;

    Update(Table<T> table, Key<T> key) {
        this(table, key, List.of(), null, null, ReturnChoice.NONE);
    }

    private Update(Table<T> table, Key<T> key, List<Action> actions, Condition condition, Long expectedVersion, ReturnChoice returning) {
        this.table = table;
        this.key = key;
        this.actions = actions;
        this.condition = condition;
        this.expectedVersion = expectedVersion;
        this.returning = returning;
    }

    /** @return the key of the item this update changes */
    public Key<T> key() {
        return key;
    }

    /** @return the table this update writes to */
    public Table<T> table() {
        return table;
    }

    /**
     * Sets an attribute; a {@code null} value (or one stored as nothing, like an empty set) removes it.
     *
     * @param attribute the attribute
     * @param value the new value, or {@code null} to remove the attribute
     * @param <V> the value type
     * @return a new update with this action
     */
    public <V> Update<T> set(Attribute<T, V> attribute, V value) {
        AttributeValue converted = value == null ? null : attribute.convert(value);
        if (converted == null) {
            return with(new Action(Clause.REMOVE, Form.PLAIN, checkedName(attribute), null));
        }
        return with(new Action(Clause.SET, Form.ASSIGN, checkedName(attribute), converted));
    }

    /**
     * Sets an attribute only where the item does not have it yet ({@code if_not_exists}).
     *
     * @param attribute the attribute
     * @param value the value, not {@code null}
     * @param <V> the value type
     * @return a new update with this action
     */
    public <V> Update<T> setIfAbsent(Attribute<T, V> attribute, V value) {
        String name = checkedName(attribute);
        return with(new Action(Clause.SET, Form.IF_ABSENT, name, attribute.toAttributeValue(value)));
    }

    /**
     * Adds to a number atomically ({@code ADD}); a missing attribute counts as zero. Use a negative
     * amount to subtract.
     *
     * @param attribute the number attribute
     * @param amount the amount to add
     * @param <V> the number type
     * @return a new update with this action
     */
    public <V extends Number> Update<T> add(NumberAttribute<T, V> attribute, V amount) {
        String name = checkedName(attribute);
        return with(new Action(Clause.ADD, Form.PLAIN, name, attribute.toAttributeValue(amount)));
    }

    /**
     * Adds elements to a set ({@code ADD}); a missing set is created.
     *
     * @param attribute the set attribute
     * @param elements one or more elements
     * @param <E> the element type
     * @return a new update with this action
     */
    public <E> Update<T> add(SetAttribute<T, E> attribute, Set<E> elements) {
        return with(new Action(Clause.ADD, Form.PLAIN, checkedName(attribute), setValue(attribute, elements, "add")));
    }

    /**
     * Deletes elements from a set ({@code DELETE}); DynamoDB removes the attribute when the set becomes empty.
     *
     * @param attribute the set attribute
     * @param elements one or more elements
     * @param <E> the element type
     * @return a new update with this action
     */
    public <E> Update<T> delete(SetAttribute<T, E> attribute, Set<E> elements) {
        return with(new Action(Clause.DELETE, Form.PLAIN, checkedName(attribute), setValue(attribute, elements, "delete")));
    }

    /**
     * Appends elements to the end of a list ({@code list_append}); a missing list is created.
     *
     * @param attribute the list attribute
     * @param elements the elements to append
     * @param <E> the element type
     * @return a new update with this action
     */
    public <E> Update<T> append(ListAttribute<T, E> attribute, List<E> elements) {
        return with(new Action(Clause.SET, Form.APPEND, checkedName(attribute), listValue(attribute, elements)));
    }

    /**
     * Puts elements before the start of a list ({@code list_append}); a missing list is created.
     *
     * @param attribute the list attribute
     * @param elements the elements to prepend
     * @param <E> the element type
     * @return a new update with this action
     */
    public <E> Update<T> prepend(ListAttribute<T, E> attribute, List<E> elements) {
        return with(new Action(Clause.SET, Form.PREPEND, checkedName(attribute), listValue(attribute, elements)));
    }

    /**
     * Removes an attribute ({@code REMOVE}).
     *
     * @param attribute the attribute
     * @return a new update with this action
     */
    public Update<T> remove(Attribute<T, ?> attribute) {
        return with(new Action(Clause.REMOVE, Form.PLAIN, checkedName(attribute), null));
    }

    /**
     * Makes the update conditional; a second call combines both conditions with AND. When the
     * condition does not hold, {@link #execute()} throws {@link ConditionFailedException} and nothing
     * is written.
     *
     * @param condition the condition, built from the metamodel
     * @return a new update with the condition
     */
    public Update<T> condition(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        Condition combined = this.condition == null ? condition : this.condition.and(condition);
        return new Update<>(table, key, actions, combined, expectedVersion, returning);
    }

    /**
     * For a versioned entity: makes the update conditional on the item's version being
     * {@code version} (0: the item must not exist yet). A different version throws
     * {@link OptimisticLockException}.
     *
     * @param version the version read
     * @return a new update with the expectation
     * @throws IllegalStateException if the entity has no {@code @Version} attribute
     */
    public Update<T> expectVersion(long version) {
        if (table.schema().versioning().isEmpty()) {
            throw new IllegalStateException(table.entityName() + " has no @Version attribute; use condition(...) instead of expectVersion");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a version is 0 (new item) or more, got " + version);
        }
        return new Update<>(table, key, actions, condition, version, returning);
    }

    /**
     * @param choice what {@link #execute()} returns; {@link ReturnChoice#NONE} by default
     * @return a new update with the choice
     */
    public Update<T> returning(ReturnChoice choice) {
        return new Update<>(table, key, actions, condition, expectedVersion, Objects.requireNonNull(choice, "choice"));
    }

    /** @return what {@link #execute()} returns */
    public ReturnChoice returning() {
        return returning;
    }

    /**
     * Sends the update.
     *
     * @return the item as chosen with {@link #returning(ReturnChoice)}; empty for {@code NONE}, and for
     *     {@code ALL_OLD}/{@code UPDATED_OLD} when the update created the item
     * @throws ConditionFailedException if the condition did not hold
     * @throws OptimisticLockException if the version was not the expected one
     * @throws IllegalStateException if the update has no action (and the entity no version to increment)
     */
    public Optional<T> execute() {
        WritePlan<T> plan = plan();
        UpdateItemResponse response;
        try {
            response = table.context().recorder().send(PutRequests.updateRequest(plan, returning.sdkValue()),
                    table.context().client()::updateItem);
        } catch (ConditionalCheckFailedException e) {
            throw table.conditionFailed("update", plan, e.hasItem() ? e.item() : null, e);
        }
        if (returning == ReturnChoice.NONE || !response.hasAttributes() || response.attributes().isEmpty()) {
            return Optional.empty();
        }
        if (!returning.partial()) {
            return Optional.of(table.schema().fromItem(response.attributes()));
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(key.toMap());
        attributes.putAll(response.attributes());
        T partial = table.schema().fromItem(attributes);
        PartialItems.mark(partial);
        return Optional.of(partial);
    }

    /** Renders the request parts, shared with transactions. */
    WritePlan<T> plan() {
        Optional<ItemSchema.VersionSupport<T>> versioning = table.schema().versioning();
        Lifecycle<T> lifecycle = table.schema().lifecycle();
        if (actions.isEmpty() && versioning.isEmpty() && !lifecycle.stampsWrites()) {
            throw new IllegalStateException("update of " + table.entityName() + " " + Table.describeKey(key.toMap())
                    + " has nothing to do: add set(...), add(...), remove(...) or another action before execute()");
        }
        ExpressionWriter writer = new ExpressionWriter();
        Map<Clause, List<String>> clauses = new LinkedHashMap<>();
        for (Action action : withComposedKeys()) {
            String name = writer.name(action.name());
            String text = switch (action.form()) {
                case ASSIGN -> name + " = " + writer.value(action.value());
                case IF_ABSENT -> name + " = if_not_exists(" + name + ", " + writer.value(action.value()) + ")";
                case APPEND -> name + " = list_append(if_not_exists(" + name + ", " + writer.value(AttributeValue.fromL(List.of()))
                        + "), " + writer.value(action.value()) + ")";
                case PREPEND -> name + " = list_append(" + writer.value(action.value()) + ", if_not_exists(" + name + ", "
                        + writer.value(AttributeValue.fromL(List.of())) + "))";
                case PLAIN -> action.value() == null ? name : name + " " + writer.value(action.value());
            };
            clauses.computeIfAbsent(action.clause(), c -> new ArrayList<>()).add(text);
        }
        Set<String> named = new HashSet<>();
        actions.forEach(action -> named.add(action.name()));
        WriteStamps.UpdateActions stamps = WriteStamps.updateActions(lifecycle, table.context().clock().instant(), named, writer);
        stamps.set().forEach(text -> clauses.computeIfAbsent(Clause.SET, c -> new ArrayList<>()).add(text));
        stamps.add().forEach(text -> clauses.computeIfAbsent(Clause.ADD, c -> new ArrayList<>()).add(text));
        if (versioning.isPresent()) {
            String name = writer.name(versioning.get().attributeName());
            clauses.computeIfAbsent(Clause.ADD, c -> new ArrayList<>()).add(name + " " + writer.value(AttributeValue.fromN("1")));
        }
        StringBuilder update = new StringBuilder();
        for (Map.Entry<Clause, List<String>> clause : clauses.entrySet()) {
            if (update.length() > 0) {
                update.append(' ');
            }
            update.append(clause.getKey().name()).append(' ').append(String.join(", ", clause.getValue()));
        }
        List<String> conditions = new ArrayList<>(2);
        if (condition != null) {
            conditions.add("(" + condition.toExpression(writer) + ")");
        }
        if (expectedVersion != null) {
            conditions.add("(" + table.versionCondition(writer, expectedVersion) + ")");
        }
        return new WritePlan<>(table.tableName(), table.entityName(), key.toMap(), null, null, update.toString(),
                conditions.isEmpty() ? null : String.join(" AND ", conditions), writer.names(), writer.values(), expectedVersion);
    }

    /** @return the actions, and for a shared-table entity those that keep its composed keys consistent */
    private List<Action> withComposedKeys() {
        Optional<dev.dynaq.single.EntityKeys> keys = table.schema().entityKeys();
        if (keys.isEmpty()) {
            return actions;
        }
        Map<String, AttributeValue> assigned = new LinkedHashMap<>();
        Set<String> removed = new java.util.HashSet<>();
        Set<String> otherwise = new java.util.HashSet<>();
        for (Action action : actions) {
            if (action.clause() == Clause.SET && action.form() == Form.ASSIGN) {
                assigned.put(action.name(), action.value());
            } else {
                (action.clause() == Clause.REMOVE ? removed : otherwise).add(action.name());
            }
        }
        dev.dynaq.single.EntityKeys.Derived derived = keys.get().forUpdate(key.toMap(), assigned, removed, otherwise);
        List<Action> all = new ArrayList<>(actions);
        derived.set().forEach((name, value) -> all.add(new Action(Clause.SET, Form.ASSIGN, name, value)));
        derived.remove().forEach(name -> all.add(new Action(Clause.REMOVE, Form.PLAIN, name, null)));
        return all;
    }

    private Update<T> with(Action action) {
        for (Action existing : actions) {
            if (existing.name().equals(action.name())) {
                throw new IllegalArgumentException("update of " + table.entityName() + ": attribute '" + action.name()
                        + "' is already changed by this update; DynamoDB allows one action per attribute in an update");
            }
        }
        List<Action> next = new ArrayList<>(actions.size() + 1);
        next.addAll(actions);
        next.add(action);
        return new Update<>(table, key, List.copyOf(next), condition, expectedVersion, returning);
    }

    private String checkedName(Attribute<T, ?> attribute) {
        String name = attribute.name();
        IndexDescriptor primary = table.schema().primaryIndex();
        if (name.equals(primary.partitionKey().name()) || (primary.sortKey() != null && name.equals(primary.sortKey().name()))) {
            throw new IllegalArgumentException("update of " + table.entityName() + ": " + attribute.describe()
                    + " is a key attribute and cannot be updated; delete the item and put it with the new key instead");
        }
        Optional<ItemSchema.VersionSupport<T>> versioning = table.schema().versioning();
        if (versioning.isPresent() && versioning.get().attributeName().equals(name)) {
            throw new IllegalArgumentException("update of " + table.entityName() + ": " + attribute.describe()
                    + " is the @Version attribute; Dynaq increments it on every update (use expectVersion to check it)");
        }
        return name;
    }

    private <E> AttributeValue setValue(SetAttribute<T, E> attribute, Set<E> elements, String verb) {
        Objects.requireNonNull(elements, "elements");
        AttributeValue value = elements.isEmpty() ? null : attribute.convert(elements);
        if (value == null) {
            throw new IllegalArgumentException("update of " + table.entityName() + ": " + verb + " on " + attribute.describe()
                    + " needs at least one element");
        }
        return value;
    }

    private <E> AttributeValue listValue(ListAttribute<T, E> attribute, List<E> elements) {
        Objects.requireNonNull(elements, "elements");
        AttributeValue value = attribute.convert(elements);
        if (value == null || value.type() != AttributeValue.Type.L) {
            throw new InvalidValueException(attribute.describe() + ": its converter must store lists as L to append or prepend");
        }
        return value;
    }
}
