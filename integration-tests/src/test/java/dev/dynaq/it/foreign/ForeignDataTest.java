package dev.dynaq.it.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.OptimisticLockException;
import dev.dynaq.UnreadableAttributeException;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Account_;
import dev.dynaq.it.model.Everything;
import dev.dynaq.it.model.EverythingTable;
import dev.dynaq.it.model.Everything_;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.it.roundtrip.EverythingValues;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items that carry attributes the entity does not know (another service's, an older or newer version's):
 * read without error, never touched by {@code update(...)} nor by {@code putPreserving}, deleted by
 * {@code put} (which replaces the item, by DynamoDB's definition); and stored values of the wrong type,
 * reported with the entity, attribute, expected and stored type.
 */
@DynaqTest(tables = {Order.class, Account.class, Everything.class})
class ForeignDataTest {
    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    private static final Map<String, AttributeValue> FOREIGN = Map.of(
            "loyaltyPoints", AttributeValue.fromN("120"),
            "legacy_flags", AttributeValue.fromSs(List.of("a", "b")),
            "audit", AttributeValue.fromM(Map.of("by", AttributeValue.fromS("billing-service"))));

    @Test
    void unknownAttributesReadWithoutErrorAndUpdateNeverTouchesThem(OrderTable orders, DynamoDbClient client) {
        putRaw(client, Order_.TABLE_NAME, withForeign(Order_.SCHEMA.toItem(order("10", OrderStatus.PENDING))));

        assertThat(orders.get("c1", "o1")).contains(order("10", OrderStatus.PENDING));
        orders.update("c1", "o1").set(Order_.status, OrderStatus.PAID).add(Order_.total, new BigDecimal("5"))
                .remove(Order_.items).execute();

        Map<String, AttributeValue> stored = getRaw(client, Order_.TABLE_NAME, Map.of("customerId", s("c1"), "orderId", s("o1")));
        assertThat(stored).containsAllEntriesOf(FOREIGN).doesNotContainKey("items");
        assertThat(orders.get("c1", "o1").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void putReplacesTheWholeItemButPutPreservingKeepsWhatTheEntityDoesNotMap(OrderTable orders, DynamoDbClient client) {
        Map<String, AttributeValue> key = Map.of("customerId", s("c1"), "orderId", s("o1"));
        putRaw(client, Order_.TABLE_NAME, withForeign(Order_.SCHEMA.toItem(order("10", OrderStatus.PENDING))));

        Order changed = new Order("c1", "o1", new BigDecimal("12"), null, OrderStatus.SHIPPED, T0);
        assertThat(orders.putPreserving(changed, null)).isSameAs(changed);
        Map<String, AttributeValue> stored = getRaw(client, Order_.TABLE_NAME, key);
        assertThat(stored).containsAllEntriesOf(FOREIGN);
        Map<String, AttributeValue> own = new HashMap<>(stored);
        own.keySet().removeAll(FOREIGN.keySet());
        assertThat(own).isEqualTo(Order_.SCHEMA.toItem(changed)); // items (null) removed, the rest set

        orders.put(changed);
        assertThat(getRaw(client, Order_.TABLE_NAME, key)).isEqualTo(Order_.SCHEMA.toItem(changed)); // foreign data gone

        // a missing item is created; a condition is checked on the stored item
        Order other = new Order("c2", "o9", BigDecimal.ONE, List.of("pen"), OrderStatus.PENDING, T0);
        orders.putPreserving(other, null);
        assertThat(orders.get("c2", "o9")).contains(other);
        assertThatThrownBy(() -> orders.putPreserving(other, Order_.status.eq(OrderStatus.PAID)))
                .isInstanceOf(ConditionFailedException.class);
    }

    @Test
    void putPreservingOfAVersionedEntityChecksAndIncrementsTheVersion(AccountTable accounts, DynamoDbClient client) {
        Account account = new Account();
        account.setAccountId("a1");
        account.setOwner("ann");
        account.setBalance(10);
        Account created = accounts.putPreserving(account, null);
        assertThat(created.getVersion()).isEqualTo(1);
        Map<String, AttributeValue> key = Map.of("accountId", s("a1"));
        Map<String, AttributeValue> stored = new HashMap<>(getRaw(client, Account_.TABLE_NAME, key));
        stored.putAll(FOREIGN);
        putRaw(client, Account_.TABLE_NAME, stored);

        Account read = accounts.get("a1").orElseThrow();
        read.setBalance(25);
        Account saved = accounts.putPreserving(read, null);
        assertThat(saved.getVersion()).isEqualTo(2);
        assertThat(getRaw(client, Account_.TABLE_NAME, key)).containsAllEntriesOf(FOREIGN)
                .containsEntry("balance", AttributeValue.fromN("25")).containsEntry("version", AttributeValue.fromN("2"));

        read.setVersion(1); // stale: someone else wrote version 2
        assertThatThrownBy(() -> accounts.putPreserving(read, null)).isInstanceOf(OptimisticLockException.class);
        Account fresh = new Account();
        fresh.setAccountId("a1");
        assertThatThrownBy(() -> accounts.putPreserving(fresh, null)).isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("expected no item");
    }

    @Test
    void aStoredValueOfTheWrongTypeNamesEntityAttributeExpectedAndFoundType(OrderTable orders, DynamoDbClient client) {
        Map<String, AttributeValue> item = new HashMap<>(Order_.SCHEMA.toItem(order("10", OrderStatus.PENDING)));
        item.put("total", s("ten"));
        putRaw(client, Order_.TABLE_NAME, item);

        assertThatThrownBy(() -> orders.get("c1", "o1"))
                .isInstanceOfSatisfying(UnreadableAttributeException.class, e -> {
                    assertThat(e.entityType()).isEqualTo(Order.class);
                    assertThat(e.attributeName()).isEqualTo("total");
                    assertThat(e.storedValue()).isEqualTo(s("ten"));
                })
                .hasMessage("Order.total: Cannot read BigDecimal from the stored value AttributeValue(S=ten): expected"
                        + " DynamoDB type N but found S. Was the attribute written by other code or with another Java type?");
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").list()).isInstanceOf(UnreadableAttributeException.class)
                .hasMessageStartingWith("Order.total: ");
    }

    @Test
    void aDocumentStoredAsAnotherTypeIsUnreadableNotEmptyOnBothReadPaths(EverythingTable everything, DynamoDbClient client) {
        Map<String, AttributeValue> item = new HashMap<>(Everything_.SCHEMA.toItem(EverythingValues.full(1)));
        item.put("address", s("1 Main St"));
        putRaw(client, Everything_.TABLE_NAME, item);
        Map<String, AttributeValue> inList = new HashMap<>(Everything_.SCHEMA.toItem(EverythingValues.full(2)));
        inList.put("addresses", AttributeValue.fromL(List.of(s("2 Main St"))));
        putRaw(client, Everything_.TABLE_NAME, inList);

        for (EverythingTable table : List.of(everything, everything.withDirectDecoding(false))) {
            assertThatThrownBy(() -> table.queryById(EverythingValues.ID).seqEq(1L).list())
                    .isInstanceOfSatisfying(UnreadableAttributeException.class,
                            e -> assertThat(e.attributeName()).isEqualTo("address"))
                    .hasMessage("Everything.address: Cannot read Address from the stored value AttributeValue(S=1 Main St):"
                            + " expected DynamoDB type M but found S. Was the attribute written by other code or with"
                            + " another Java type?");
            assertThatThrownBy(() -> table.queryById(EverythingValues.ID).seqEq(2L).list())
                    .isInstanceOfSatisfying(UnreadableAttributeException.class,
                            e -> assertThat(e.attributeName()).isEqualTo("addresses"))
                    .hasMessageContaining("Cannot read Address from the stored value AttributeValue(S=2 Main St)");
        }
    }

    @Test
    void scalarsInOtherStoredFormsReadAlikeOnBothReadPaths(EverythingTable everything, DynamoDbClient client) {
        // The direct path reads most scalars from their text; these forms are read as their converters read them.
        Map<String, AttributeValue> item = new HashMap<>(Everything_.SCHEMA.toItem(EverythingValues.full(3)));
        item.put("primitiveBoolean", AttributeValue.fromN("1")); // the v1 mapper's boolean
        item.put("boxedBoolean", AttributeValue.fromN("0"));
        item.put("duration", AttributeValue.fromN("90")); // the Enhanced Client's Duration, in seconds
        item.put("boxedInt", AttributeValue.fromNul(true));
        putRaw(client, Everything_.TABLE_NAME, item);

        for (EverythingTable table : List.of(everything, everything.withDirectDecoding(false))) {
            Everything read = table.queryById(EverythingValues.ID).seqEq(3L).list().get(0);
            assertThat(read.primitiveBoolean()).isTrue();
            assertThat(read.boxedBoolean()).isFalse();
            assertThat(read.duration()).isEqualTo(Duration.ofSeconds(90));
            assertThat(read.boxedInt()).isNull();
            assertThat(read.text()).isEqualTo(EverythingValues.full(3).text());
        }
    }

    @Test
    void aScalarOfTheWrongTypeFailsWithTheSameMessageOnBothReadPaths(EverythingTable everything, DynamoDbClient client) {
        Map<String, AttributeValue> item = new HashMap<>(Everything_.SCHEMA.toItem(EverythingValues.full(4)));
        item.put("primitiveInt", s("42"));
        putRaw(client, Everything_.TABLE_NAME, item);

        Throwable direct = catchThrowable(() -> everything.queryById(EverythingValues.ID).seqEq(4L).list());
        Throwable ordinary = catchThrowable(() -> everything.withDirectDecoding(false).queryById(EverythingValues.ID).seqEq(4L).list());
        assertThat(ordinary).isInstanceOfSatisfying(UnreadableAttributeException.class,
                        e -> assertThat(e.attributeName()).isEqualTo("primitiveInt"))
                .hasMessageContaining("Everything.primitiveInt: Cannot read Integer from the stored value AttributeValue(S=42):"
                        + " expected DynamoDB type N but found S");
        assertThat(direct).hasSameClassAs(ordinary).hasMessage(ordinary.getMessage());
    }

    @Test
    void lenientReadsReportUnreadableAttributesAndReadThemAsMissing(OrderTable orders, DynamoDbClient client) {
        Map<String, AttributeValue> item = new HashMap<>(Order_.SCHEMA.toItem(order("10", OrderStatus.PENDING)));
        item.put("total", s("ten"));
        item.put("items", AttributeValue.fromS("book"));
        putRaw(client, Order_.TABLE_NAME, item);
        List<UnreadableAttributeException> reported = new java.util.ArrayList<>();
        OrderTable lenient = orders.withLenientReads(reported::add);

        Order read = lenient.get("c1", "o1").orElseThrow();
        assertThat(read).isEqualTo(new Order("c1", "o1", null, null, OrderStatus.PENDING, T0));
        assertThat(reported).extracting(UnreadableAttributeException::attributeName).containsExactlyInAnyOrder("total", "items");
        assertThat(lenient.queryByCustomerId("c1").list()).containsExactly(read);
        assertThat(lenient.scan().list()).containsExactly(read);
        assertThat(reported).hasSize(6);
        assertThatThrownBy(() -> orders.get("c1", "o1")).isInstanceOf(UnreadableAttributeException.class); // unchanged
    }

    @Test
    void aRenamedAttributeIsNamedBothWays(AccountTable accounts, DynamoDbClient client) {
        putRaw(client, Account_.TABLE_NAME, Map.of("accountId", s("a1"), "tag_set", AttributeValue.fromN("3")));
        assertThatThrownBy(() -> accounts.get("a1")).isInstanceOf(UnreadableAttributeException.class)
                .hasMessageStartingWith("Account.tags (attribute 'tag_set'): Cannot read Set")
                .hasMessageContaining("expected DynamoDB type SS but found N");
    }

    private static Order order(String total, OrderStatus status) {
        return new Order("c1", "o1", new BigDecimal(total), List.of("book"), status, T0);
    }

    private static Map<String, AttributeValue> withForeign(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> all = new HashMap<>(item);
        all.putAll(FOREIGN);
        return all;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static void putRaw(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> getRaw(DynamoDbClient client, String table, Map<String, AttributeValue> key) {
        return client.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    }

}
