package dev.dynaq.it.writes;

import static dev.dynaq.it.writes.Seeds.T0;
import static dev.dynaq.it.writes.Seeds.account;
import static dev.dynaq.it.writes.Seeds.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.InvalidValueException;
import dev.dynaq.ReturnChoice;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Account_;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed update builder on the generated tables: each action, conditions and return choices. */
@DynaqTest(tables = {Order.class, Account.class})
class UpdatesTest {

    @Test
    void setAndRemoveChangeOnlyTheNamedAttributes(OrderTable orders) {
        orders.put(order("c1", "o1", "10", OrderStatus.PENDING));

        orders.update("c1", "o1").set(Order_.status, OrderStatus.PAID).remove(Order_.items).execute();

        Order read = orders.get("c1", "o1").orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PAID);
        assertThat(read.items()).isNull();
        assertThat(read.total()).isEqualByComparingTo("10");
        assertThat(read.createdAt()).isEqualTo(T0);
    }

    @Test
    void setIfAbsentKeepsAStoredValue(OrderTable orders) {
        orders.put(new Order("c1", "o1", null, null, OrderStatus.PENDING, null));

        orders.update("c1", "o1").setIfAbsent(Order_.status, OrderStatus.CANCELLED).setIfAbsent(Order_.createdAt, T0).execute();

        Order read = orders.get("c1", "o1").orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(read.createdAt()).isEqualTo(T0);
    }

    @Test
    void addIncrementsANumberAtomicallyAndStartsAMissingOneAtZero(OrderTable orders) {
        orders.update("c1", "o1").add(Order_.total, new BigDecimal("2.25")).execute();
        orders.update("c1", "o1").add(Order_.total, new BigDecimal("0.75")).execute();
        orders.update("c1", "o1").add(Order_.total, new BigDecimal("-1")).execute();

        // the update created the item: only its key and the total
        Order read = orders.get("c1", "o1").orElseThrow();
        assertThat(read.total()).isEqualByComparingTo("2");
        assertThat(read).isEqualTo(new Order("c1", "o1", read.total(), null, null, null));
    }

    @Test
    void appendAndPrependGrowAListAtBothEnds(OrderTable orders) {
        orders.update("c1", "o1").append(Order_.items, List.of("b", "c")).execute();
        orders.update("c1", "o1").prepend(Order_.items, List.of("a")).execute();
        orders.update("c1", "o1").append(Order_.items, List.of("d")).execute();

        assertThat(orders.get("c1", "o1").orElseThrow().items()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void addAndDeleteSetMembers(AccountTable accounts) {
        accounts.put(account("a1", 0, "eu"));

        accounts.update("a1").add(Account_.tags, Set.of("vip", "new")).execute();
        accounts.update("a1").delete(Account_.tags, Set.of("new", "absent")).execute();
        assertThat(accounts.get("a1").orElseThrow().getTags()).containsExactlyInAnyOrder("eu", "vip");

        accounts.update("a1").delete(Account_.tags, Set.of("eu", "vip")).execute();
        // DynamoDB removes a set that becomes empty; it reads back as an empty set
        Account read = accounts.get("a1").orElseThrow();
        assertThat(read.getTags()).isEmpty();
        // every update of a versioned entity bumps its version: put (1), then three updates
        assertThat(read.getVersion()).isEqualTo(4);
    }

    @Test
    void aConditionStopsTheUpdateAndCarriesTheCurrentItem(OrderTable orders) {
        Order shipped = order("c1", "o1", "10", OrderStatus.SHIPPED);
        orders.put(shipped);

        ConditionFailedException failure = assertThrows(ConditionFailedException.class,
                () -> orders.update("c1", "o1").set(Order_.status, OrderStatus.CANCELLED)
                        .condition(Order_.status.ne(OrderStatus.SHIPPED)).execute());

        assertThat(failure.currentItem(Order_.SCHEMA)).contains(shipped);
        assertThat(orders.get("c1", "o1")).contains(shipped);

        // an update is an upsert unless a condition requires the item
        assertThatThrownBy(() -> orders.update("c1", "o2").set(Order_.status, OrderStatus.PAID)
                .condition(Order_.customerId.exists()).execute()).isInstanceOf(ConditionFailedException.class);
        assertThat(orders.get("c1", "o2")).isEmpty();
    }

    @Test
    void returnChoicesGiveTheItemBeforeOrAfterTheUpdate(OrderTable orders) {
        Order before = order("c1", "o1", "10", OrderStatus.PENDING);
        orders.put(before);

        assertThat(orders.update("c1", "o1").set(Order_.status, OrderStatus.PAID).execute()).isEmpty();
        assertThat(orders.update("c1", "o1").set(Order_.status, OrderStatus.SHIPPED).returning(ReturnChoice.ALL_OLD).execute())
                .contains(new Order("c1", "o1", new BigDecimal("10"), List.of("book"), OrderStatus.PAID, T0));
        assertThat(orders.update("c1", "o1").add(Order_.total, BigDecimal.ONE).returning(ReturnChoice.ALL_NEW).execute())
                .contains(new Order("c1", "o1", new BigDecimal("11"), List.of("book"), OrderStatus.SHIPPED, T0));

        Order updatedOld = orders.update("c1", "o1").set(Order_.status, OrderStatus.CANCELLED)
                .returning(ReturnChoice.UPDATED_OLD).execute().orElseThrow();
        assertThat(updatedOld).isEqualTo(new Order("c1", "o1", null, null, OrderStatus.SHIPPED, null));

        Order updatedNew = orders.update("c1", "o1").add(Order_.total, BigDecimal.TEN)
                .returning(ReturnChoice.UPDATED_NEW).execute().orElseThrow();
        assertThat(updatedNew).isEqualTo(new Order("c1", "o1", new BigDecimal("21"), null, null, null));
        // a partial result cannot be written back: that would erase the attributes it lacks
        assertThatThrownBy(() -> orders.put(updatedNew)).isInstanceOf(InvalidValueException.class);
        assertThat(orders.get("c1", "o1").orElseThrow().items()).containsExactly("book");

        // ALL_OLD of an update that creates the item: there was nothing before
        assertThat(orders.update("c1", "new").set(Order_.status, OrderStatus.PAID).returning(ReturnChoice.ALL_OLD).execute())
                .isEmpty();
    }

    @Test
    void keysAndTheVersionCannotBeUpdated(OrderTable orders, AccountTable accounts) {
        assertThatThrownBy(() -> orders.update("c1", "o1").set(Order_.orderId, "o2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key attribute");
        assertThatThrownBy(() -> accounts.update("a1").add(Account_.version, 5L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@Version");
    }
}
