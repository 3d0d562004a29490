package dev.dynaq.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs small user-style test classes through the JUnit engine and checks what a user relies on:
 * injection, empty tables per test, per-class tables, tables gone afterwards, clear errors.
 */
class DynaqTestExtensionTest {

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static List<String> tableNames() {
        return DynamoDbLocal.shared().client().listTables().tableNames();
    }

    @Test
    void everyTestStartsWithAnEmptyTableAndTheTableIsDroppedAfterwards() {
        Events events = run(PerTestUsage.class);

        events.assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(tableNames()).doesNotContain("dynaq_testing_notes");
    }

    @Test
    void perClassTablesKeepTheirItemsAcrossTheClassesTests() {
        Events events = run(PerClassUsage.class);

        events.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(tableNames()).doesNotContain("dynaq_testing_notes");
    }

    @Test
    void registeredWithGeneratedSchemas() {
        run(RegisteredUsage.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(tableNames()).doesNotContain("dynaq_testing_notes");
    }

    @Test
    void nestedClassesShareTheOuterClassesTables() {
        run(NestedUsage.class).assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void anEntityWithoutAGeneratedSchemaIsAClearConfigurationError() {
        Events events = run(NotAnEntityUsage.class);

        events.assertStatistics(stats -> stats.failed(1));
        Throwable failure = events.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("cannot find dev.dynaq.testing.DynaqTestExtensionTest_NotAnEntity_")
                .hasMessageContaining("annotate the entity with @DynamoTable");
    }

    @DynaqTest(tables = Note.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerTestUsage {
        @Test
        @Order(1)
        void writes(NoteTable notes) {
            assertThat(notes.scan().count()).isZero();
            notes.put(new Note("ann", 1, "java", "first"));
            assertThat(notes.get("ann", 1)).map(Note::text).contains("first");
        }

        @Test
        @Order(2)
        void startsEmptyAgain(NoteTable notes) {
            assertThat(notes.scan().count()).isZero();
        }

        @Test
        @Order(3)
        void injectsClientsAndAsyncTables(DynamoDbClient client, DynamoDbAsyncClient asyncClient, NoteAsyncTable notes) {
            client.putItem(b -> b.tableName("dynaq_testing_notes").item(Note_.SCHEMA.toItem(new Note("bo", 2, "go", "x"))));
            assertThat(notes.getAsync(notes.key("bo", 2)).join()).map(Note::topic).contains("go");
            assertThat(asyncClient.describeTable(b -> b.tableName("dynaq_testing_notes")).join().table()
                    .globalSecondaryIndexes()).extracting(index -> index.indexName()).containsExactly("by_topic");
        }
    }

    @DynaqTest(tables = Note.class, lifecycle = DynaqTest.TableLifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassUsage {
        @Test
        @Order(1)
        void writes(NoteTable notes) {
            notes.put(new Note("ann", 1, "java", "kept"));
        }

        @Test
        @Order(2)
        void seesTheEarlierTestsItem(NoteTable notes) {
            assertThat(notes.queryByTopic("java").list()).extracting(Note::text).containsExactly("kept");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class RegisteredUsage {
        @RegisterExtension
        static final DynaqExtension DYNAMO = DynaqExtension.withTables(Note_.SCHEMA);

        @Test
        @Order(1)
        void writes() {
            NoteTable.create(DYNAMO.server().client()).put(new Note("ann", 1, "java", "x"));
        }

        @Test
        @Order(2)
        void startsEmptyAgain() {
            assertThat(NoteTable.create(DYNAMO.server().client()).scan().count()).isZero();
        }
    }

    @DynaqTest(tables = Note.class, lifecycle = DynaqTest.TableLifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class NestedUsage {
        @Test
        @Order(1)
        void writes(NoteTable notes) {
            notes.put(new Note("ann", 1, "java", "outer"));
        }

        @Nested
        class Inner {
            @Test
            void seesTheOuterItem(NoteTable notes) {
                assertThat(notes.get("ann", 1)).isPresent();
            }
        }
    }

    record NotAnEntity(String id) {
    }

    @DynaqTest(tables = NotAnEntity.class)
    static class NotAnEntityUsage {
        @Test
        void fails() {
        }
    }
}
