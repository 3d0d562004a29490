package dev.dynaq.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @SpringBootTest} on the in-process DynamoDB Local, with the application's tables created:
 * {@code @SpringBootTest} and {@link AutoConfigureDynamoDbLocal @AutoConfigureDynamoDbLocal} in one.
 *
 * <pre>{@code
 * @DynaqSpringTest
 * @AutoConfigureMockMvc
 * class OrderControllerTest {
 *     @Autowired MockMvcTester mvc;
 *     @Autowired OrderTable orders;
 *     ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureDynamoDbLocal
public @interface DynaqSpringTest {
    /** @return properties of the test's environment, as {@link SpringBootTest#properties()} */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};

    /** @return the configuration classes, as {@link SpringBootTest#classes()} */
    @AliasFor(annotation = SpringBootTest.class)
    Class<?>[] classes() default {};

    /** @return the web environment, as {@link SpringBootTest#webEnvironment()} */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** @return whether the application's tables are created at start-up */
    @AliasFor(annotation = AutoConfigureDynamoDbLocal.class)
    boolean createTables() default true;
}
