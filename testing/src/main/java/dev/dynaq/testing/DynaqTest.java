package dev.dynaq.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the in-process {@link DynamoDbLocal} of the test JVM.
 *
 * <pre>{@code
 * @DynaqTest(tables = Order.class)
 * class OrderServiceTest {
 *     @Test
 *     void storesAnOrder(OrderTable orders) {
 *         orders.put(new Order("c1", "o1", ...));
 *         assertThat(orders.get("c1", "o1")).isPresent();
 *     }
 * }
 * }</pre>
 *
 * Test methods, constructors and lifecycle methods can declare parameters of type
 * {@code DynamoDbClient}, {@code DynamoDbAsyncClient}, {@link DynamoDbLocal}, and any generated table
 * ({@code OrderTable}, {@code OrderAsyncTable}), which is bound to the local server. The tables of
 * the entities named in {@link #tables()} are created from their generated schemas and dropped
 * again, by default around each test so every test starts empty.
 *
 * <p>Tests of one JVM share one server and the tables keep their real names, so classes that use
 * the same table must not run in parallel in one JVM (JUnit's default is sequential).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DynaqExtension.class)
public @interface DynaqTest {
    /** @return the {@code @DynamoTable} entities whose tables the tests need */
    Class<?>[] tables() default {};

    /** @return when the tables are created and dropped */
    TableLifecycle lifecycle() default TableLifecycle.PER_TEST;

    /** When the tables of a {@link DynaqTest} are created and dropped. */
    enum TableLifecycle {
        /** Created before each test and dropped after it: every test starts with empty tables. */
        PER_TEST,
        /** Created once before the class's first test and dropped after its last one. */
        PER_CLASS
    }
}
