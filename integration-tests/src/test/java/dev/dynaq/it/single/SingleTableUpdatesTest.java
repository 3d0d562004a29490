package dev.dynaq.it.single;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.ReturnChoice;
import dev.dynaq.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Updates keep the composed keys consistent with the properties they are composed from. */
class SingleTableUpdatesTest {
    private static final Instant AT = Instant.parse("2025-06-01T10:15:30Z");
    private static final String SK = "ORDER#2025-06-01T10:15:30.000000000Z#o1";
    private SharedTableFixture db;

    @BeforeEach
    void open() {
        db = new SharedTableFixture();
        db.orders.put(new Order("c1", "o1", AT, OrderState.NEW, "eu", BigDecimal.ONE));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void settingAnIndexVariableMovesTheItemInThatIndex() {
        // gsi2 is composed from region and state: an update of state sets region too
        db.orders.update("c1", AT, "o1").set(Order_.state, OrderState.PAID).set(Order_.region, "eu").execute();

        assertThat(db.raw("CUSTOMER#c1", SK))
                .containsEntry("gsi1pk", AttributeValue.fromS("STATE#PAID"))
                .containsEntry("gsi2sk", AttributeValue.fromS("STATE#PAID#2025-06-01T10:15:30.000000000Z"));
        assertThat(db.orders.queryByState(OrderState.NEW).list()).isEmpty();
        assertThat(db.orders.queryByState(OrderState.PAID).list()).extracting(Order::orderId).containsExactly("o1");
        assertThat(db.orders.queryByRegion("eu").stateEq(OrderState.PAID).list()).hasSize(1);
    }

    @Test
    void removingAnIndexVariableTakesTheItemOutOfThatIndex() {
        db.orders.update("c1", AT, "o1").set(Order_.region, null).execute();

        assertThat(db.raw("CUSTOMER#c1", SK)).doesNotContainKeys("region", "gsi2pk", "gsi2sk").containsKey("gsi1pk");
        assertThat(db.orders.queryByRegion("eu").list()).isEmpty();
    }

    @Test
    void anUpdateOfOtherAttributesLeavesTheIndexesAlone() {
        db.orders.update("c1", AT, "o1").set(Order_.total, BigDecimal.TEN).execute();

        assertThat(db.orders.queryByState(OrderState.NEW).first()).map(Order::total).contains(BigDecimal.TEN);
    }

    @Test
    void anUpdateThatCreatesTheItemCreatesAWholeOne() {
        db.orders.update("c2", AT, "o7").set(Order_.state, OrderState.SHIPPED).set(Order_.region, "us").execute();

        assertThat(db.orders.get("c2", AT, "o7")).contains(new Order("c2", "o7", AT, OrderState.SHIPPED, "us", null));
        assertThat(db.shop.queryCustomerCollection("c2").collect().orders()).extracting(Order::orderId)
                .containsExactly("o7");
        assertThat(db.orders.queryByState(OrderState.SHIPPED).list()).hasSize(1);
    }

    @Test
    void aVariableOfTheTableKeyCannotBeUpdated() {
        assertThatThrownBy(() -> db.orders.update("c1", AT, "o1").set(Order_.orderId, "o2").execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'orderId' composes its table key")
                .hasMessageContaining("delete the item and put it with the new key");
        assertThat(db.orders.get("c1", AT, "o1")).isPresent();
    }

    @Test
    void anIndexKeyIsComposedFromValuesOfOneUpdateOnly() {
        // an update expression cannot read region to compose gsi2pk: the update must give it
        assertThatThrownBy(() -> db.orders.update("c1", AT, "o1").set(Order_.state, OrderState.PAID).execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("update of Order sets 'state', which composes its key in index gsi2 ('REGION#{region}',"
                        + " 'STATE#{state}#{createdAt}') with [region]; set those in the same update too");
        assertThat(db.orders.queryByState(OrderState.NEW).list()).hasSize(1);
    }

    @Test
    void anIndexVariableCanOnlyBeSetOrRemoved() {
        assertThatThrownBy(() -> db.orders.update("c1", AT, "o1").setIfAbsent(Order_.state, OrderState.PAID).execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'state' composes its key in index gsi1");
    }

    @Test
    void returnedItemsAndTransactionsGoThroughTheSameRules() {
        Order updated = db.orders.update("c1", AT, "o1").set(Order_.state, OrderState.PAID).set(Order_.region, "eu")
                .returning(ReturnChoice.ALL_NEW).execute().orElseThrow();
        assertThat(updated.state()).isEqualTo(OrderState.PAID);

        Transaction.write(db.client)
                .update(db.orders.update("c1", AT, "o1").set(Order_.state, OrderState.SHIPPED).set(Order_.region, "us"))
                .execute();
        assertThat(db.orders.queryByState(OrderState.SHIPPED).list()).hasSize(1);
        assertThat(db.orders.queryByState(OrderState.PAID).list()).isEmpty();
    }
}
