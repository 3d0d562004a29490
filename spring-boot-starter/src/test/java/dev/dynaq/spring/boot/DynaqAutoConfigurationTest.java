package dev.dynaq.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.BatchPolicy;
import dev.dynaq.Cursor;
import dev.dynaq.Dynaq;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.Page;
import dev.dynaq.spring.boot.model.CustomerTable;
import dev.dynaq.spring.boot.model.Order;
import dev.dynaq.spring.boot.model.OrderAsyncTable;
import dev.dynaq.spring.boot.model.OrderTable;
import dev.dynaq.spring.boot.model.single.ShopCustomer;
import dev.dynaq.spring.boot.model.single.ShopCustomerTable;
import dev.dynaq.spring.boot.model.single.ShopOrder;
import dev.dynaq.spring.boot.model.single.ShopOrderTable;
import dev.dynaq.spring.boot.model.single.ShopTable;
import dev.dynaq.spring.boot.test.DynamoDbLocalInitializer;
import dev.dynaq.testing.DynamoDbLocal;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The auto-configuration in application contexts of its own: clients, the Dynaq environment from the
 * properties, the generated tables as beans, table creation and the health indicator. Each test that
 * touches DynamoDB Local uses table names of its own (a prefix), since the server is shared by the JVM.
 */
class DynaqAutoConfigurationTest {
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynaqAutoConfiguration.class));

    /** @return a table-name prefix no other test uses */
    static String prefix() {
        return "t" + PREFIXES.incrementAndGet() + "_";
    }

    @Test
    void withoutAClientBeanCreatesOneFromRegionAndEndpoint() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "dynaq.endpoint=http://127.0.0.1:1").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(DynamoDbClient.class).hasSingleBean(Dynaq.class);
            DynamoDbClient client = context.getBean(DynamoDbClient.class);
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:1"));
            assertThat(context.getBean(Dynaq.class).client()).containsSame(client);
        });
    }

    @Test
    void everyGeneratedTableIsABeanOfItsOwnTypeAndName() {
        runner.withPropertyValues("dynaq.region=eu-west-1").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(OrderTable.class)).containsOnlyKeys("orderTable");
            assertThat(context.getBeansOfType(CustomerTable.class)).containsOnlyKeys("customerTable");
            assertThat(context.getBeanNamesForType(OrderAsyncTable.class)).containsExactly("orderAsyncTable");
            assertThat(context.getBean(OrderTable.class).tableName()).isEqualTo("orders");
            assertThat(context.getBean(DynaqTables.class).generated()).extracting(table -> table.type().getSimpleName())
                    .containsExactly("CustomerAsyncTable", "CustomerTable", "NoteAsyncTable", "NoteTable", "OrderAsyncTable", "OrderTable",
                            "ShopCustomerTable", "ShopOrderTable", "ShopTable");
            assertThat(context.getBeansOfType(ShopTable.class)).containsOnlyKeys("shopTable");
            assertThat(context.getBeansOfType(ShopCustomerTable.class)).containsOnlyKeys("shopCustomerTable");
            assertThat(context.getBeansOfType(ShopOrderTable.class)).containsOnlyKeys("shopOrderTable");
        });
    }

    @Test
    void asyncTablesAndTheAsyncClientAreBuiltOnlyWhenUsed() {
        runner.withInitializer(new DynamoDbLocalInitializer(true)).withPropertyValues("dynaq.table-names.prefix=" + prefix())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeanFactory().containsSingleton("orderAsyncTable")).isFalse();
                    assertThat(context.getBeanFactory().containsSingleton("dynamoDbAsyncClient")).isFalse();

                    OrderAsyncTable orders = context.getBean(OrderAsyncTable.class);
                    Order order = order("c1", "o1");
                    orders.putAsync(order).join();
                    assertThat(orders.getAsync(orders.key("c1", "o1")).join()).contains(order);
                    assertThat(context.getBeanFactory().containsSingleton("dynamoDbAsyncClient")).isTrue();
                });
    }

    @Test
    void usesTheApplicationsOwnClientBeans() {
        runner.withUserConfiguration(OwnClients.class).withPropertyValues("dynaq.create-tables=true",
                "dynaq.table-names.prefix=" + prefix()).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DynamoDbClient.class).hasSingleBean(DynamoDbAsyncClient.class);
                    assertThat(context.getBean(DynamoDbClient.class)).isSameAs(DynamoDbLocal.shared().client());
                    assertThat(context.getBean(Dynaq.class).client()).containsSame(DynamoDbLocal.shared().client());

                    OrderTable orders = context.getBean(OrderTable.class);
                    orders.put(order("c1", "o1"));
                    assertThat(orders.get("c1", "o1")).contains(order("c1", "o1"));
                    assertThat(DynamoDbLocal.shared().client().describeTable(b -> b.tableName(orders.tableName())).table()
                            .itemCount()).isNotNull();
                });
    }

    @Test
    void prefixSuffixAndMappingNameEveryTable() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "dynaq.table-names.prefix=dev_", "dynaq.table-names.suffix=-eu",
                "dynaq.table-names.mapping.customers=legacy_customers").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(OrderTable.class).tableName()).isEqualTo("dev_orders-eu");
                    assertThat(context.getBean(OrderAsyncTable.class).tableName()).isEqualTo("dev_orders-eu");
                    assertThat(context.getBean(CustomerTable.class).tableName()).isEqualTo("legacy_customers");
                });
    }

    @Test
    void anInvalidPrefixStopsTheStartWithDynamoDbsRule() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "dynaq.table-names.prefix=dev/").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("[a-zA-Z0-9_.-]"));
    }

    @Test
    void createTablesIsOffByDefault() {
        String prefix = prefix();
        runner.withInitializer(new DynamoDbLocalInitializer(false)).withPropertyValues("dynaq.table-names.prefix=" + prefix)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(DynaqTableInitializer.class);
                    assertThatThrownBy(() -> DynamoDbLocal.shared().client().describeTable(b -> b.tableName(prefix + "orders")))
                            .isInstanceOf(ResourceNotFoundException.class);
                });
    }

    @Test
    void createTablesCreatesTheMissingTablesWithTheirIndexesOnce() {
        String prefix = prefix();
        ApplicationContextRunner local = runner.withInitializer(new DynamoDbLocalInitializer(true))
                .withPropertyValues("dynaq.table-names.prefix=" + prefix);
        local.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DynaqTableInitializer.class).created())
                    .containsExactly(prefix + "customers", prefix + "notes", prefix + "orders", prefix + "shop");
            var description = DynamoDbLocal.shared().client().describeTable(b -> b.tableName(prefix + "orders")).table();
            assertThat(description.globalSecondaryIndexes()).extracting(index -> index.indexName()).containsExactly("orders_by_status");
            context.getBean(OrderTable.class).put(order("c1", "o1"));
        });
        local.run(context -> {
            assertThat(context.getBean(DynaqTableInitializer.class).created()).isEmpty();
            assertThat(context.getBean(OrderTable.class).get("c1", "o1")).contains(order("c1", "o1"));
        });
    }

    @Test
    void aSharedTableAndTheTablesOfItsEntitiesAreBeansOverOneDynamoDbTable() {
        String prefix = prefix();
        runner.withInitializer(new DynamoDbLocalInitializer(true)).withUserConfiguration(ShopService.class)
                .withPropertyValues("dynaq.table-names.prefix=" + prefix).run(context -> {
                    assertThat(context).hasNotFailed();
                    // the shared table is created once, with the union of its entities' keys and indexes
                    assertThat(context.getBean(DynaqTableInitializer.class).created()).containsOnlyOnce(prefix + "shop");
                    var shop = DynamoDbLocal.shared().client().describeTable(b -> b.tableName(prefix + "shop")).table();
                    assertThat(shop.keySchema()).extracting(key -> key.attributeName()).containsExactly("pk", "sk");
                    assertThat(shop.globalSecondaryIndexes()).extracting(index -> index.indexName()).containsExactly("gsi1");

                    ShopService service = context.getBean(ShopService.class);
                    assertThat(service.shop.tableName()).isEqualTo(prefix + "shop");
                    assertThat(service.customers.tableName()).isEqualTo(prefix + "shop");
                    ShopCustomer ada = new ShopCustomer("c1", "Ada", "ada@example.com");
                    ShopOrder first = new ShopOrder("c1", "o1", Instant.parse("2026-01-02T03:04:05Z"), new BigDecimal("12.5"));
                    ShopOrder second = new ShopOrder("c1", "o2", Instant.parse("2026-01-03T03:04:05Z"), new BigDecimal("7"));
                    service.customers.put(ada);
                    service.orders.put(first);
                    service.orders.put(second);

                    ShopTable.CustomerCollection collection = service.shop.queryCustomerCollection("c1").collect();
                    assertThat(collection.customer()).contains(ada);
                    assertThat(collection.orders()).containsExactly(first, second);
                    assertThat(collection.unknownItems()).isEmpty();
                    assertThat(service.customers.queryByEmail("ada@example.com").list()).containsExactly(ada);
                });
    }

    @Test
    void aCursorSecretSignsEveryTablesCursors() {
        String prefix = prefix();
        runner.withInitializer(new DynamoDbLocalInitializer(true))
                .withPropertyValues("dynaq.table-names.prefix=" + prefix, "dynaq.cursor-secret=0123456789abcdef-test-secret")
                .run(context -> {
                    assertThat(context.getBean(Dynaq.class).signsCursors()).isTrue();
                    OrderTable orders = context.getBean(OrderTable.class);
                    orders.put(order("c1", "o1"));
                    orders.put(order("c1", "o2"));
                    Page<Order> first = orders.queryByCustomerId("c1").fetchPage(1);
                    Cursor signed = first.cursor().orElseThrow();
                    assertThat(orders.queryByCustomerId("c1").startCursor(signed).fetchPage(1).items())
                            .extracting(Order::orderId).containsExactly("o2");
                    Cursor unsigned = new Cursor(null, signed.key());
                    assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(unsigned).fetchPage(1))
                            .isInstanceOf(InvalidCursorException.class);
                });
    }

    @Test
    void aShortCursorSecretStopsTheStart() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "dynaq.cursor-secret=short").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("dynaq.cursor-secret is 5 bytes long"));
    }

    @Test
    void batchPropertiesAreTheDefaultPolicy() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "dynaq.batch.max-attempts=3", "dynaq.batch.base-delay=10ms",
                "dynaq.batch.max-delay=1s").run(context -> {
                    BatchPolicy policy = context.getBean(Dynaq.class).batchPolicy();
                    assertThat(policy.maxAttempts()).isEqualTo(3);
                    assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(10));
                    assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void anApplicationsOwnTableBeanWinsAndCustomizersRun() {
        runner.withPropertyValues("dynaq.region=eu-west-1").withUserConfiguration(OwnTable.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(OrderTable.class)).containsOnlyKeys("archivedOrders");
            assertThat(context.getBean(OrderTable.class).tableName()).isEqualTo("orders_archive");
            assertThat(context.getBean(CustomerTable.class).tableName()).isEqualTo("customers");
            assertThat(context.getBean(Dynaq.class).batchPolicy().maxAttempts()).isEqualTo(2);
        });
    }

    @Test
    void theTestSupportRefusesAClientThatDoesNotPointAtDynamoDbLocal() {
        runner.withInitializer(new DynamoDbLocalInitializer(false)).withUserConfiguration(RemoteClient.class).run(context -> assertThat(context).getFailure()
                        .hasMessageContaining("connects to http://127.0.0.1:1, not to DynamoDB Local at "
                                + DynamoDbLocal.shared().endpoint()));
    }

    @Test
    void propertiesHaveMetadataForIdes() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"name\": \"dynaq.create-tables\"", "\"name\": \"dynaq.table-names.prefix\"",
                    "\"name\": \"dynaq.cursor-secret\"", "\"name\": \"dynaq.batch.max-attempts\"", "\"name\": \"dynaq.region\"",
                    "\"name\": \"dynaq.endpoint\"", "\"defaultValue\": 10", "Whether to create, at start-up");
        }
    }

    private static Order order(String customerId, String orderId) {
        return new Order(customerId, orderId, "PENDING", Instant.parse("2026-01-02T03:04:05Z"), new BigDecimal("12.5"));
    }

    /** An application service that has the tables of a single-table design injected. */
    static class ShopService {
        final ShopTable shop;
        final ShopCustomerTable customers;
        final ShopOrderTable orders;

        ShopService(ShopTable shop, ShopCustomerTable customers, ShopOrderTable orders) {
            this.shop = shop;
            this.customers = customers;
            this.orders = orders;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClients {
        @Bean
        DynamoDbClient myClient() {
            return DynamoDbLocal.shared().client();
        }

        @Bean
        DynamoDbAsyncClient myAsyncClient() {
            return DynamoDbLocal.shared().asyncClient();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnTable {
        @Bean
        OrderTable archivedOrders() {
            return OrderTable.create(DynamoDbLocal.shared().client(), "orders_archive");
        }

        @Bean
        DynaqBuilderCustomizer fewerRetries() {
            return builder -> builder.batchPolicy(BatchPolicy.defaults().withMaxAttempts(2));
        }
    }

    /** Credentials that need nothing from the environment, for clients that never reach a server. */
    @Configuration(proxyBeanMethods = false)
    static class StaticCredentials {
        @Bean
        DynaqConnectionDetails unreachable() {
            return new DynaqConnectionDetails() {
                @Override
                public Optional<URI> endpoint() {
                    return Optional.of(URI.create("http://127.0.0.1:1"));
                }

                @Override
                public Optional<Region> region() {
                    return Optional.of(Region.EU_WEST_1);
                }

                @Override
                public software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentialsProvider() {
                    return software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"));
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RemoteClient {
        @Bean
        DynamoDbClient remote() {
            return DynamoDbClient.builder().region(Region.EU_WEST_1).endpointOverride(URI.create("http://127.0.0.1:1"))
                    .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create()).build();
        }
    }
}
