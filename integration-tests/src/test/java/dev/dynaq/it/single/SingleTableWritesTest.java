package dev.dynaq.it.single;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Four entity types in one table through their generated tables: round trips, the composed key
 * attributes exactly as stored, every key and index template, and queries that read only their own
 * type from partitions shared with others.
 */
class SingleTableWritesTest {
    private static final Instant AT = Instant.parse("2025-06-01T10:15:30Z");
    private SharedTableFixture db;

    @BeforeEach
    void open() {
        db = new SharedTableFixture();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachTypeRoundTripsWithItsComposedKeysStoredExactly() {
        Customer customer = new Customer("c-17", "Ada", "ada@example.com");
        Order order = new Order("c-17", "o-9", AT, OrderState.PAID, "eu", new BigDecimal("12.5"));
        OrderLine line = new OrderLine("c-17", "o-9", 2, "sku-1", 3);
        Measurement measurement = new Measurement("s1", -1, 5, AT);
        db.customers.put(customer);
        db.orders.put(order);
        db.lines.put(line);
        db.measurements.put(measurement);

        assertThat(db.customers.get("c-17")).contains(customer);
        assertThat(db.orders.get("c-17", AT, "o-9")).contains(order);
        assertThat(db.lines.get("c-17", "o-9", 2)).contains(line);
        assertThat(db.measurements.get("s1", -1, 5L)).contains(measurement);

        assertThat(db.raw("CUSTOMER#c-17", "PROFILE")).containsAllEntriesOf(Map.of(
                "_type", s("Customer"), "gsi1pk", s("EMAIL#ada@example.com"), "gsi1sk", s("CUSTOMER"),
                "customerId", s("c-17"), "name", s("Ada")));
        assertThat(db.raw("CUSTOMER#c-17", "ORDER#2025-06-01T10:15:30.000000000Z#o-9")).containsAllEntriesOf(Map.of(
                "_type", s("Order"),
                "gsi1pk", s("STATE#PAID"), "gsi1sk", s("2025-06-01T10:15:30.000000000Z#o-9"),
                "gsi2pk", s("REGION#eu"), "gsi2sk", s("STATE#PAID#2025-06-01T10:15:30.000000000Z")));
        assertThat(db.raw("CUSTOMER#c-17", "LINE#o-9#0000000002")).containsEntry("_type", s("OrderLine"));
        assertThat(db.raw("SENSOR#s1", "DELTA#-2147483647#0000000000000000005"))
                .containsEntry("_type", s("Measurement"))
                .containsEntry("gsi1pk", s("READINGS#s1"));
    }

    @Test
    void separatorsAndLowCharactersInStringsAreEscapedAndReadBack() {
        Customer tricky = new Customer("a#b c$d", "Tricky", null);
        db.customers.put(tricky);

        assertThat(db.raw("CUSTOMER#a$Sb$Pc$Td", "PROFILE")).containsEntry("customerId", s("a#b c$d"));
        assertThat(db.customers.get("a#b c$d")).contains(tricky);
        assertThat(db.customers.get("a")).isEmpty();
    }

    @Test
    void anItemWithANullIndexVariableIsNotInThatIndex() {
        db.customers.put(new Customer("c1", "With", "with@example.com"));
        db.customers.put(new Customer("c2", "Without", null));
        db.orders.put(new Order("c1", "o1", AT, OrderState.NEW, null, BigDecimal.ONE));

        assertThat(db.raw("CUSTOMER#c2", "PROFILE")).doesNotContainKeys("gsi1pk", "gsi1sk");
        assertThat(db.customers.queryByEmail("with@example.com").list()).extracting(Customer::customerId)
                .containsExactly("c1");
        assertThat(db.raw("CUSTOMER#c1", "ORDER#2025-06-01T10:15:30.000000000Z#o1"))
                .containsKeys("gsi1pk").doesNotContainKeys("gsi2pk", "gsi2sk");
        assertThat(db.orders.queryByRegion("eu").list()).isEmpty();
    }

    @Test
    void queriesOfOnePartitionReadOnlyTheirOwnType() {
        db.customers.put(new Customer("c1", "Ada", "ada@example.com"));
        for (int i = 0; i < 3; i++) {
            db.orders.put(new Order("c1", "o" + i, AT.plusSeconds(i), OrderState.NEW, "eu", BigDecimal.TEN));
            db.lines.put(new OrderLine("c1", "o" + i, 1, "sku", 1));
        }

        assertThat(db.orders.queryByCustomerId("c1").list()).extracting(Order::orderId).containsExactly("o0", "o1", "o2");
        assertThat(db.orders.queryByCustomerId("c1").descending().first()).map(Order::orderId).contains("o2");
        assertThat(db.lines.queryByCustomerId("c1").list()).extracting(OrderLine::getOrderId)
                .containsExactly("o0", "o1", "o2");
        assertThat(db.customers.queryByCustomerId("c1").list()).extracting(Customer::name).containsExactly("Ada");
        assertThat(db.orders.queryByCustomerId("c1").count()).isEqualTo(3);
    }

    @Test
    void overloadedIndexesAnswerTheirOwnAccessPatterns() {
        db.customers.put(new Customer("c1", "Ada", "ada@example.com"));
        db.orders.put(new Order("c1", "o1", AT, OrderState.PAID, "eu", BigDecimal.ONE));
        db.orders.put(new Order("c2", "o2", AT.plusSeconds(60), OrderState.PAID, "us", BigDecimal.ONE));
        db.orders.put(new Order("c2", "o3", AT.plusSeconds(120), OrderState.NEW, "eu", BigDecimal.ONE));
        db.measurements.put(new Measurement("s1", 1, 1, AT));
        db.measurements.put(new Measurement("s1", 2, 2, AT.plusSeconds(1)));

        assertThat(db.customers.queryByEmail("ada@example.com").first()).map(Customer::customerId).contains("c1");
        assertThat(db.orders.queryByState(OrderState.PAID).list()).extracting(Order::orderId).containsExactly("o1", "o2");
        assertThat(db.orders.queryByState(OrderState.PAID).descending().list()).extracting(Order::orderId)
                .containsExactly("o2", "o1");
        assertThat(db.orders.queryByState(OrderState.PAID).createdAtGe(AT.plusSeconds(60)).list())
                .extracting(Order::orderId).containsExactly("o2");
        assertThat(db.orders.queryByRegion("eu").stateEq(OrderState.NEW).list()).extracting(Order::orderId)
                .containsExactly("o3");
        assertThat(db.orders.queryByRegion("eu").createdAtBetween(OrderState.PAID, AT, AT).list())
                .extracting(Order::orderId).containsExactly("o1");
        assertThat(db.measurements.queryByReadings("s1").atGt(AT).list()).extracting(Measurement::delta)
                .containsExactly(2);
    }

    @Test
    void deletesTakeTheTemplateVariables() {
        db.orders.put(new Order("c1", "o1", AT, OrderState.PAID, "eu", BigDecimal.ONE));
        db.lines.put(new OrderLine("c1", "o1", 1, "sku", 1));

        assertThat(db.orders.deleteAndReturn("c1", AT, "o1")).map(Order::orderId).contains("o1");
        db.lines.delete("c1", "o1", 1);

        assertThat(db.orders.get("c1", AT, "o1")).isEmpty();
        assertThat(db.lines.get("c1", "o1", 1)).isEmpty();
    }

    @Test
    void aNullOrEmptyKeyVariableIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> db.orders.put(new Order("c1", null, AT, OrderState.NEW, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("orderId");
        assertThatThrownBy(() -> db.customers.get(""))
                .isInstanceOf(InvalidValueException.class);
        assertThat(db.takeQueries()).isEmpty();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
