package dev.dynaq.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.Dynaq;
import dev.dynaq.spring.boot.model.Customer;
import dev.dynaq.spring.boot.model.CustomerTable;
import dev.dynaq.spring.boot.model.OrderTable;
import dev.dynaq.testing.DynamoDbLocal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code @DynaqSpringTest} as a user writes it: a Spring Boot application found through the
 * auto-configuration imports file, run on the in-process DynamoDB Local with its tables created.
 */
@DynaqSpringTest(classes = DynaqSpringTestTest.App.class, properties = "dynaq.table-names.prefix=springtest_")
class DynaqSpringTestTest {
    @Autowired
    OrderTable orders;

    @Autowired
    CustomerTable customers;

    @Autowired
    DynamoDbClient client;

    @Autowired
    Dynaq dynaq;

    @Test
    void theApplicationRunsOnDynamoDbLocalWithItsTablesCreated() {
        assertThat(client.serviceClientConfiguration().endpointOverride()).contains(DynamoDbLocal.shared().endpoint());
        assertThat(DynamoDbLocal.shared().client().listTables().tableNames())
                .contains("springtest_orders", "springtest_customers");

        customers.put(new Customer("c-1", "Ada"));
        assertThat(customers.get("c-1")).contains(new Customer("c-1", "Ada"));
        assertThat(orders.tableName()).isEqualTo("springtest_orders");
    }

    /** A {@code @Nested} class shares the enclosing class's configuration, and so its context. */
    @Nested
    class InANestedClass {
        @Autowired
        Dynaq nestedDynaq;

        @Test
        void seesTheSameContext() {
            assertThat(nestedDynaq).isSameAs(dynaq);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
