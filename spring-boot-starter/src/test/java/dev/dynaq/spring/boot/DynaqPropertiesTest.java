package dev.dynaq.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.dynaq.DirectDecodingPlugin;
import dev.dynaq.Page;
import dev.dynaq.RequestEvent;
import dev.dynaq.spring.boot.model.Note;
import dev.dynaq.spring.boot.model.NoteTable;
import dev.dynaq.spring.boot.model.Order;
import dev.dynaq.spring.boot.model.OrderTable;
import dev.dynaq.spring.boot.test.DynamoDbLocalInitializer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Each {@code dynaq.*} option of the environment, and the application's {@link Clock} bean, as the table
 * beans show it on DynamoDB Local: in their pages, their requests and their request log lines.
 */
class DynaqPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynaqAutoConfiguration.class))
            .withInitializer(new DynamoDbLocalInitializer(true))
            .withUserConfiguration(RecordedRequests.class);

    @Test
    void returnConsumedCapacityMakesEveryRequestReportItsCapacity() {
        runner.withPropertyValues("dynaq.table-names.prefix=" + DynaqAutoConfigurationTest.prefix(),
                "dynaq.return-consumed-capacity=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    OrderTable orders = context.getBean(OrderTable.class);
                    RecordedRequests requests = context.getBean(RecordedRequests.class);
                    orders.put(order("c1", "o1"));
                    Page<Order> page = orders.queryByCustomerId("c1").fetchPage(10);

                    assertThat(page.items()).hasSize(1);
                    assertThat(page.consumedCapacity()).hasValueSatisfying(capacity ->
                            assertThat(capacity.capacityUnits()).isPositive());
                    assertThat(requests.of("PutItem")).singleElement().satisfies(put ->
                            assertThat(put.consumedCapacity()).isPresent());
                });
    }

    @Test
    void withoutItOnlyReadsThatAskReportTheirCapacity() {
        runner.withPropertyValues("dynaq.table-names.prefix=" + DynaqAutoConfigurationTest.prefix()).run(context -> {
            OrderTable orders = context.getBean(OrderTable.class);
            orders.put(order("c1", "o1"));

            assertThat(orders.queryByCustomerId("c1").fetchPage(10).consumedCapacity()).isEmpty();
            assertThat(context.getBean(RecordedRequests.class).of("PutItem")).singleElement().satisfies(put ->
                    assertThat(put.consumedCapacity()).isEmpty());
        });
    }

    @Test
    void logValuesShowsKeyValuesInRequestLogLines() {
        String prefix = DynaqAutoConfigurationTest.prefix();
        runner.withPropertyValues("dynaq.table-names.prefix=" + prefix, "dynaq.log-values=true").run(context ->
                assertThat(requestLines(() -> context.getBean(OrderTable.class).get("c-17", "o-9")))
                        .anySatisfy(line -> assertThat(line).startsWith("GetItem " + prefix + "orders")
                                .contains("S:c-17", "S:o-9")));
    }

    @Test
    void requestLogLinesShowNoValuesByDefault() {
        String prefix = DynaqAutoConfigurationTest.prefix();
        runner.withPropertyValues("dynaq.table-names.prefix=" + prefix).run(context ->
                assertThat(requestLines(() -> context.getBean(OrderTable.class).get("c-17", "o-9")))
                        .anySatisfy(line -> assertThat(line).startsWith("GetItem " + prefix + "orders"))
                        .allSatisfy(line -> assertThat(line).doesNotContain("c-17", "o-9")));
    }

    @Test
    void theApplicationsClockTimesEveryTablesWrites() {
        Instant now = Instant.parse("2026-05-06T07:08:09Z");
        runner.withPropertyValues("dynaq.table-names.prefix=" + DynaqAutoConfigurationTest.prefix())
                .withBean(Clock.class, () -> Clock.fixed(now, ZoneOffset.UTC)).run(context -> {
                    NoteTable notes = context.getBean(NoteTable.class);
                    notes.put(new Note("n1", "hello", null));

                    assertThat(notes.get("n1")).map(Note::modifiedAt).contains(now);
                });
    }

    @Test
    void responsesAreDecodedDirectlyByDefault() {
        ApplicationContextRunner counted = runner.withUserConfiguration(CountingClient.class)
                .withPropertyValues("dynaq.table-names.prefix=" + DynaqAutoConfigurationTest.prefix());
        counted.run(context -> {
            OrderTable orders = context.getBean(OrderTable.class);
            orders.put(order("c1", "o1"));
            orders.put(order("c1", "o2"));

            assertThat(orders.queryByCustomerId("c1").list()).extracting(Order::orderId).containsExactly("o1", "o2");
            assertThat(context.getBean(SdkItems.class).count()).as("items the SDK built, not Dynaq's decoder").isZero();
        });
    }

    @Test
    void directDecodingFalseLetsTheSdkReadTheItems() {
        runner.withUserConfiguration(CountingClient.class).withPropertyValues("dynaq.direct-decoding=false",
                "dynaq.table-names.prefix=" + DynaqAutoConfigurationTest.prefix()).run(context -> {
                    OrderTable orders = context.getBean(OrderTable.class);
                    orders.put(order("c1", "o1"));
                    orders.put(order("c1", "o2"));

                    assertThat(orders.queryByCustomerId("c1").list()).extracting(Order::orderId).containsExactly("o1", "o2");
                    assertThat(context.getBean(SdkItems.class).count()).isEqualTo(2);
                });
    }

    @Test
    void theOptionsHaveMetadataForIdes() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"name\": \"dynaq.log-values\"", "\"name\": \"dynaq.return-consumed-capacity\"",
                    "\"name\": \"dynaq.direct-decoding\"", "\"defaultValue\": true",
                    "Whether every request of the tables asks DynamoDB for the capacity it consumed");
        }
    }

    private static Order order(String customerId, String orderId) {
        return new Order(customerId, orderId, "PENDING", Instant.parse("2026-01-02T03:04:05Z"), new BigDecimal("12.5"));
    }

    /** @return the DEBUG lines of {@code dev.dynaq.requests} while the action runs, as a real appender gets them */
    private static List<String> requestLines(Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.dynaq.requests");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Level previous = logger.getLevel();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            action.run();
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        } finally {
            logger.setLevel(previous);
            logger.detachAppender(appender);
        }
    }

    /** Counts the items of query responses as the SDK hands them over: none when Dynaq decoded them itself. */
    static final class SdkItems implements ExecutionInterceptor {
        private final AtomicInteger items = new AtomicInteger();

        int count() {
            return items.get();
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof QueryResponse query) {
                items.addAndGet(query.items().size());
            }
        }
    }

    /** The application's own client, built from the connection details as the test support asks, with an interceptor. */
    @Configuration(proxyBeanMethods = false)
    static class CountingClient {
        @Bean
        SdkItems sdkItems() {
            return new SdkItems();
        }

        @Bean
        DynamoDbClient dynamoDbClient(DynaqConnectionDetails connection, SdkItems items) {
            var builder = DynamoDbClient.builder().credentialsProvider(connection.credentialsProvider())
                    .addPlugin(DirectDecodingPlugin.create())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(items));
            connection.endpoint().ifPresent(builder::endpointOverride);
            connection.region().ifPresent(builder::region);
            return builder.build();
        }
    }

    /** A request listener the application sets through a customizer, recording what each table request reports. */
    @Configuration(proxyBeanMethods = false)
    static class RecordedRequests {
        private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

        @Bean
        DynaqBuilderCustomizer recordRequests() {
            return builder -> builder.requestListener(events::add);
        }

        List<RequestEvent> of(String operation) {
            return events.stream().filter(event -> event.operation().equals(operation)).toList();
        }
    }
}
