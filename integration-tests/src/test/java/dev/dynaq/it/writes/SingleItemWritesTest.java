package dev.dynaq.it.writes;

import static dev.dynaq.it.writes.Seeds.order;
import static dev.dynaq.it.writes.Seeds.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.OptimisticLockException;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.it.model.Product;
import dev.dynaq.it.model.ProductTable;
import dev.dynaq.it.model.Product_;
import dev.dynaq.testing.DynaqTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** put, conditional put, putIfAbsent, delete and get through the generated tables of the seed models. */
@DynaqTest(tables = {Order.class, Product.class})
class SingleItemWritesTest {

    @Test
    void putReplacesTheWholeItemAndGetReadsIt(OrderTable orders) {
        orders.put(order("c1", "o1", "10", OrderStatus.PENDING));
        Order replacement = new Order("c1", "o1", null, null, OrderStatus.PAID, null);

        orders.put(replacement);

        // a put replaces: attributes the new item lacks are gone
        assertThat(orders.get("c1", "o1")).contains(replacement);
        assertThat(orders.getConsistent("c1", "o1")).contains(replacement);
        assertThat(orders.get("c1", "nope")).isEmpty();
        assertThat(orders.getConsistent("nobody", "o1")).isEmpty();
    }

    @Test
    void putWithAConditionWritesOnlyWhenItHolds(OrderTable orders) {
        Order pending = order("c1", "o1", "10", OrderStatus.PENDING);
        orders.put(pending);

        Order paid = order("c1", "o1", "10", OrderStatus.PAID);
        orders.put(paid, Order_.status.eq(OrderStatus.PENDING));
        assertThat(orders.get("c1", "o1")).contains(paid);

        Order shipped = order("c1", "o1", "10", OrderStatus.SHIPPED);
        assertThatThrownBy(() -> orders.put(shipped, Order_.status.eq(OrderStatus.PENDING)))
                .isInstanceOf(ConditionFailedException.class)
                .isNotInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("put of Order (customerId=c1, orderId=o1) in table 'orders'")
                .hasCauseInstanceOf(ConditionalCheckFailedException.class);
        assertThat(orders.get("c1", "o1")).contains(paid);
    }

    @Test
    void aFailedConditionCarriesTheCurrentItem(OrderTable orders) {
        Order current = order("c1", "o1", "99.5", OrderStatus.SHIPPED);
        orders.put(current);

        ConditionFailedException failure = assertThrows(ConditionFailedException.class,
                () -> orders.put(order("c1", "o1", "1", OrderStatus.CANCELLED), Order_.status.ne(OrderStatus.SHIPPED)));

        assertThat(failure.tableName()).isEqualTo("orders");
        assertThat(failure.currentItem(Order_.SCHEMA)).contains(current);
        assertThat(failure.currentItemAttributes().orElseThrow().get("status").s()).isEqualTo("SHIPPED");
    }

    @Test
    void aConditionOnAMissingItemFailsWithoutCurrentItem(OrderTable orders) {
        ConditionFailedException failure = assertThrows(ConditionFailedException.class,
                () -> orders.put(order("c1", "o1", "1", OrderStatus.PAID), Order_.customerId.exists()));

        assertThat(failure).hasMessageContaining("missing item");
        assertThat(failure.currentItem(Order_.SCHEMA)).isEmpty();
        assertThat(orders.get("c1", "o1")).isEmpty();
    }

    @Test
    void putIfAbsentWritesOnlyANewKey(ProductTable products) {
        Product first = product("p1", 5);
        Product second = product("p1", 7);

        assertThat(products.putIfAbsent(first)).isTrue();
        assertThat(products.putIfAbsent(second)).isFalse();

        assertThat(products.get("p1")).get().extracting(Product::getPrice).isEqualTo(5.0);
    }

    @Test
    void deleteRemovesTheItemAndIgnoresAMissingOne(OrderTable orders) {
        orders.put(order("c1", "o1", "10", OrderStatus.PENDING));

        orders.delete("c1", "o1");
        orders.delete("c1", "o1");

        assertThat(orders.get("c1", "o1")).isEmpty();
    }

    @Test
    void conditionalDeleteKeepsTheItemWhenTheConditionFails(OrderTable orders) {
        Order paid = order("c1", "o1", "10", OrderStatus.PAID);
        orders.put(paid);

        ConditionFailedException failure = assertThrows(ConditionFailedException.class,
                () -> orders.delete("c1", "o1", Order_.status.eq(OrderStatus.CANCELLED)));
        assertThat(failure.currentItem(Order_.SCHEMA)).contains(paid);
        assertThat(orders.get("c1", "o1")).contains(paid);

        orders.delete("c1", "o1", Order_.status.eq(OrderStatus.PAID));
        assertThat(orders.get("c1", "o1")).isEmpty();
    }

    @Test
    void deleteAndReturnGivesTheDeletedItem(OrderTable orders) {
        Order order = order("c1", "o1", "10", OrderStatus.CANCELLED);
        orders.put(order);

        assertThat(orders.deleteAndReturn("c1", "o2")).isEmpty();
        assertThatThrownBy(() -> orders.deleteAndReturn("c1", "o1", Order_.status.eq(OrderStatus.PAID)))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(orders.deleteAndReturn("c1", "o1", Order_.status.eq(OrderStatus.CANCELLED))).contains(order);
        assertThat(orders.get("c1", "o1")).isEmpty();
        assertThat(orders.deleteAndReturn("c1", "o1")).isEmpty();
    }

    @Test
    void aCombinedConditionUsesEveryPart(ProductTable products) {
        products.put(product("p1", 20));

        assertThatThrownBy(() -> products.put(product("p1", 1), Product_.price.lt(10.0).and(Product_.inStock.eq(true))))
                .isInstanceOf(ConditionFailedException.class);
        products.put(product("p1", 1), Product_.price.lt(10.0).or(Product_.inStock.eq(true)));

        assertThat(products.get("p1")).get().extracting(Product::getPrice).isEqualTo(1.0);
    }
}
