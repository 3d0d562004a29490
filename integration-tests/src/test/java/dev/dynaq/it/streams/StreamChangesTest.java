package dev.dynaq.it.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.DynaqException;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.stream.Change;
import dev.dynaq.stream.Change.EventName;
import dev.dynaq.testing.DynamoDbLocal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Real DynamoDB Streams records of writes made through the generated table (DynamoDB Local, read with
 * the Streams client), decoded with {@code Order_.SCHEMA.change(record)}, for each stream view type.
 */
class StreamChangesTest {
    // as DynamoDB returns numbers: 10.5, never 10.50
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");
    private static final Order PLACED = new Order("c1", "o1", new BigDecimal("10.5"), List.of("book", "pen"),
            OrderStatus.PENDING, T0);
    private static final Order PAID = new Order("c1", "o1", new BigDecimal("10.5"), List.of("book", "pen"),
            OrderStatus.PAID, T0);

    private String table;

    @AfterEach
    void dropTable() {
        if (table != null) {
            DynamoDbLocal.shared().deleteTable(table);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StreamViewType.class, names = {"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"})
    void insertModifyAndRemoveDecodeToTheItemsTheViewTypeCarries(StreamViewType viewType) {
        table = "orders_stream_" + viewType.name().toLowerCase(java.util.Locale.ROOT);
        OrderTable orders = createOrders(table, viewType);

        orders.put(PLACED);
        orders.update("c1", "o1").set(Order_.status, OrderStatus.PAID).execute();
        orders.delete("c1", "o1");

        List<Change<Order>> changes = read(table, 3).stream().map(Order_.SCHEMA::change).toList();

        assertThat(changes).extracting(Change::eventName)
                .containsExactly(EventName.INSERT, EventName.MODIFY, EventName.REMOVE);
        assertThat(changes).extracting(Change::key).containsOnly(orders.key("c1", "o1"));
        assertThat(changes).extracting(Change::viewType).containsOnly(Optional.of(viewType));
        assertThat(changes).noneMatch(Change::isTimeToLiveExpiry);
        boolean news = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
        boolean olds = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
        assertThat(changes).extracting(Change::newItem).containsExactly(
                news ? Optional.of(PLACED) : Optional.empty(),
                news ? Optional.of(PAID) : Optional.empty(),
                Optional.empty());
        assertThat(changes).extracting(Change::oldItem).containsExactly(
                Optional.empty(),
                olds ? Optional.of(PLACED) : Optional.empty(),
                olds ? Optional.of(PAID) : Optional.empty());
        // the item's changes in write order, each record once
        List<BigInteger> sequence = changes.stream()
                .map(change -> new BigInteger(change.sequenceNumber().orElseThrow())).toList();
        assertThat(sequence).isSorted().doesNotHaveDuplicates();
        assertThat(changes).extracting(change -> change.eventId().orElseThrow()).doesNotHaveDuplicates();
        assertThat(changes).allSatisfy(change -> assertThat(change.approximateCreationTime()).isPresent());
    }

    @Test
    void aPutOverAnItemIsAModifyAndForeignAttributesInAnImageAreIgnored() {
        table = "orders_stream_foreign";
        OrderTable orders = createOrders(table, StreamViewType.NEW_AND_OLD_IMAGES);
        Map<String, AttributeValue> written = new HashMap<>(Order_.SCHEMA.toItem(PLACED));
        written.put("writtenBy", AttributeValue.fromS("another service"));
        DynamoDbLocal.shared().client().putItem(b -> b.tableName(table).item(written));

        orders.put(PAID);

        List<Change<Order>> changes = read(table, 2).stream().map(Order_.SCHEMA::change).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).newItem()).contains(PLACED);
        Change<Order> replaced = changes.get(1);
        assertThat(replaced.eventName()).isEqualTo(EventName.MODIFY);
        assertThat(replaced.oldItem()).contains(PLACED);
        assertThat(replaced.newItem()).contains(PAID);
    }

    @Test
    void anImageTheEntityCannotReadFailsNamingTheAttribute() {
        Record record = Record.builder()
                .eventID("e1")
                .eventName(OperationType.INSERT)
                .dynamodb(StreamRecord.builder()
                        .keys(Map.of("customerId", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromS("o1")))
                        .newImage(Map.of("customerId", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromS("o1"),
                                "total", AttributeValue.fromS("ten")))
                        .streamViewType(StreamViewType.NEW_IMAGE)
                        .build())
                .build();

        assertThatThrownBy(() -> Order_.SCHEMA.change(record)).isInstanceOf(DynaqException.class)
                .hasMessageContaining("new image of stream record e1 as Order")
                .hasMessageContaining("expected DynamoDB type N but found S");
    }

    @Test
    void aRemoveByTimeToLiveIsToldApartFromAClientsDelete() {
        // the userIdentity DynamoDB puts on the deletes of its time to live (DynamoDB Local never expires items)
        Record expired = Record.builder()
                .eventID("e3")
                .eventName(OperationType.REMOVE)
                .userIdentity(Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build())
                .dynamodb(StreamRecord.builder()
                        .keys(Map.of("orderId", AttributeValue.fromS("o1"), "customerId", AttributeValue.fromS("c1")))
                        .oldImage(Order_.SCHEMA.toItem(PAID))
                        .streamViewType(StreamViewType.OLD_IMAGE)
                        .build())
                .build();
        Record deleted = expired.toBuilder().userIdentity((Identity) null).build();

        Change<Order> byTtl = Order_.SCHEMA.change(expired);
        assertThat(byTtl.isTimeToLiveExpiry()).isTrue();
        assertThat(byTtl.oldItem()).contains(PAID);
        assertThat(byTtl.key().toMap().keySet()).containsExactly("customerId", "orderId");
        assertThat(Order_.SCHEMA.change(deleted).isTimeToLiveExpiry()).isFalse();
    }

    @Test
    void aRecordOfAnotherKeySchemaIsRefused() {
        Record record = Record.builder()
                .eventID("e2")
                .eventName(OperationType.REMOVE)
                .dynamodb(StreamRecord.builder().keys(Map.of("accountId", AttributeValue.fromS("a1"))).build())
                .build();

        assertThatThrownBy(() -> Order_.SCHEMA.change(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[accountId]")
                .hasMessageContaining("customerId, orderId");
    }

    private static OrderTable createOrders(String name, StreamViewType viewType) {
        DynamoDbLocal.shared().createTable(Order_.SCHEMA, name, viewType);
        return OrderTable.create(DynamoDbLocal.shared().client(), name);
    }

    /** The table's stream from its start, read with the Streams client until {@code expected} records came back. */
    private static List<Record> read(String name, int expected) {
        return DynamoDbLocal.shared().stream(name).read(expected, Duration.ofSeconds(10));
    }
}
