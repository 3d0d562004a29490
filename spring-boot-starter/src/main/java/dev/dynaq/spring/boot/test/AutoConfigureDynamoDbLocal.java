package dev.dynaq.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test's application context on the in-process DynamoDB Local of {@code dynaq-testing}
 * (one server per JVM, in memory, started on first use): the clients the starter creates connect to it,
 * and the application's tables are created at start-up. Put it beside {@code @SpringBootTest} (or use
 * {@link DynaqSpringTest}, which is both); for an {@code ApplicationContextRunner}, add
 * {@link DynamoDbLocalInitializer} instead.
 *
 * <p>The server and its tables are shared by every context of the JVM, and items written by one test
 * are seen by the next: give tests their own keys, or a {@code dynaq.table-names.prefix} of their own.
 * An application that defines its own {@code DynamoDbClient} bean must build it from the
 * {@link dev.dynaq.spring.boot.DynaqConnectionDetails} bean: the context fails to start if the Dynaq
 * environment's client does not point at DynamoDB Local, rather than let a test reach a real table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureDynamoDbLocal {
    /** @return whether the application's tables are created at start-up ({@code dynaq.create-tables}) */
    boolean createTables() default true;
}
