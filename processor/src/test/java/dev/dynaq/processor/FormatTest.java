package dev.dynaq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dynaq.processor.CompileSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.TypeMapping.Stored;
import dev.dynaq.processor.reader.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Storage formats: how {@code @Format} and {@code @DynamoTable(formats)} resolve, what they generate, and their errors. */
class FormatTest {

    private static EntityModel read(String qualifiedName, String body) {
        ModelCapture capture = new ModelCapture();
        Compiler.javac().withProcessors(capture).compile(CompileSupport.source(body));
        ReadResult result = capture.result(qualifiedName);
        assertThat(result.report().messages()).extracting(message -> message.text()).isEmpty();
        return result.entity().orElseThrow();
    }

    private static AttributeModel attribute(EntityModel entity, String property) {
        return entity.attributes().stream().filter(a -> a.propertyName().equals(property)).findFirst().orElseThrow();
    }

    @Nested
    class Resolution {
        @Test
        void withoutFormatsEveryTypeKeepsItsDefault() {
            EntityModel order = read("test.Order", """
                    @DynamoTable(name = "orders")
                    public record Order(@PartitionKey String id, Instant at, boolean paid, Duration wait, String note) {}
                    """);
            assertThat(attribute(order, "at").type().format()).isEqualTo(Format.FIXED_WIDTH);
            assertThat(attribute(order, "paid").type().format()).isEqualTo(Format.BOOL);
            assertThat(attribute(order, "wait").type().format()).isEqualTo(Format.FIXED_WIDTH);
            assertThat(attribute(order, "note").type().format()).isNull();
        }

        @Test
        void entityDefaultsApplyToTheTypesTheyFitAndASpecificFormatWins() {
            EntityModel order = read("test.Order", """
                    @DynamoTable(name = "orders", formats = {StorageFormat.ISO, StorageFormat.SECONDS, StorageFormat.NUMBER})
                    public record Order(@PartitionKey String id, Instant at, LocalDate day, Duration wait, Boolean paid,
                            @Format(StorageFormat.EPOCH_MILLIS) Instant expires, List<Instant> history,
                            @Format(StorageFormat.BOOL) boolean flag, Optional<Instant> maybe) {}
                    """);
            assertThat(attribute(order, "at").type().format()).isEqualTo(Format.ISO);
            assertThat(attribute(order, "day").type().format()).isEqualTo(Format.ISO);
            assertThat(attribute(order, "wait").type().format()).isEqualTo(Format.SECONDS);
            assertThat(attribute(order, "wait").type().stored()).isEqualTo(Stored.N);
            assertThat(attribute(order, "paid").type().stored()).isEqualTo(Stored.N);
            assertThat(attribute(order, "expires").type().format()).isEqualTo(Format.EPOCH_MILLIS);
            assertThat(attribute(order, "expires").type().stored()).isEqualTo(Stored.N);
            assertThat(attribute(order, "history").type().element().format()).isEqualTo(Format.ISO);
            assertThat(attribute(order, "flag").type().format()).isEqualTo(Format.BOOL);
            assertThat(attribute(order, "maybe").type().ordered()).isFalse();
            assertThat(attribute(order, "day").type().ordered()).isTrue();
        }

        @Test
        void documentsHaveTheirOwnDefaults() {
            EntityModel stamp = read("test.Stamp", """
                    @DynamoDocument(formats = StorageFormat.ISO_MILLIS)
                    public record Stamp(Instant at, @Format(StorageFormat.FIXED_WIDTH) Instant exact) {}
                    """);
            assertThat(attribute(stamp, "at").type().format()).isEqualTo(Format.ISO_MILLIS);
            assertThat(attribute(stamp, "exact").type().format()).isEqualTo(Format.FIXED_WIDTH);
        }
    }

    @Nested
    class Generated {
        private static final String EVENT = """
                @DynamoTable(name = "events")
                public record Event(
                        @PartitionKey String stream,
                        @SortKey @Format(value = StorageFormat.ISO, unordered = true) Instant at,
                        @GsiPartitionKey(index = "by_kind") String kind,
                        @GsiSortKey(index = "by_kind") @Format(StorageFormat.EPOCH_SECONDS) Instant expires,
                        @Format(StorageFormat.NUMBER) boolean urgent,
                        @Format(StorageFormat.ISO) List<Instant> seen) {}
                """;

        @Test
        void anAcknowledgedUnorderedSortKeyHasOnlyEqAndNumericFormatsAreNumberKeys() {
            Compilation compilation = Compiler.javac().withProcessors(new DynaqProcessor())
                    .withOptions("-Xlint:all", "-Werror")
                    .compile(CompileSupport.source(EVENT));
            assertThat(compilation).succeededWithoutWarnings();
            String table = generated(compilation, "test/EventTable.java");
            assertThat(table).contains("public StreamQuery atEq(Instant at)")
                    .doesNotContain("atLt(").doesNotContain("atBetween(").doesNotContain("atGe(");
            assertThat(table).contains("expiresBetween(Instant low, Instant high)");
            String metamodel = generated(compilation, "test/Event_.java");
            assertThat(metamodel)
                    .contains("public static final Attribute<Event, Instant> at = new Attribute<>(")
                    .contains("Formats.INSTANT_ISO)")
                    .contains("public static final ComparableAttribute<Event, Instant> expires")
                    .contains("Formats.INSTANT_EPOCH_SECONDS")
                    .contains("new IndexDescriptor.KeyAttribute(\"expires\", IndexDescriptor.ScalarType.N)")
                    .contains("attributes.put(\"urgent\", Formats.fromBooleanNumber(item.urgent()))")
                    .contains("Formats.toInstantEpochSeconds(item.get(\"expires\"))")
                    .contains("Values.toInstant(item.get(\"at\"))")
                    .contains("Converters.listOf(Formats.INSTANT_ISO)")
                    .contains("stored as S in format ISO (not in value order)");
        }

        @Test
        void rangeConditionsOnAnUnorderedAttributeDoNotCompile() {
            Compilation compilation = Compiler.javac().withProcessors(new DynaqProcessor()).compile(
                    CompileSupport.source(EVENT),
                    CompileSupport.source("""
                            public class Use {
                                void use(EventTable events) {
                                    events.queryByStream("s").atBetween(Instant.EPOCH, Instant.now()).list();
                                    events.scan().filter(Event_.at.gt(Instant.EPOCH)).list();
                                }
                            }
                            """));
            assertThat(compilation).failed();
            assertThat(compilation.errors()).extracting(e -> e.getMessage(Locale.ROOT))
                    .anyMatch(m -> m.contains("atBetween")).anyMatch(m -> m.contains("gt("));
        }
    }

    @Nested
    class Diagnostics {
        @Test
        void aFormatOfAnotherType() {
            assertError("""
                    @DynamoTable
                    public record Order(@PartitionKey String id,
                            @Format(StorageFormat.EPOCH_SECONDS) LocalDate day) {} // <--
                    """, "[DYNAQ-FORMAT-TYPE] @Format(EPOCH_SECONDS) does not apply to 'day' of type java.time.LocalDate;"
                    + " use one of FIXED_WIDTH, ISO, or remove @Format");
        }

        @Test
        void aFormatOnATypeWithoutFormats() {
            assertError("""
                    @DynamoTable
                    public record Order(@PartitionKey String id,
                            @Format(StorageFormat.ISO) String note) {} // <--
                    """, "[DYNAQ-FORMAT-NONE] @Format on 'note' would be ignored: type java.lang.String has no storage"
                    + " formats");
        }

        @Test
        void aFormatBesideAConverter() {
            assertError("""
                    @DynamoTable
                    public record Order(@PartitionKey String id,
                            @Convert(Order.Upper.class) @Format(StorageFormat.ISO) String note) { // <--
                        public static class Upper implements dev.dynaq.AttributeConverter<String> {
                            public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(String v) {
                                return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v.toUpperCase());
                            }
                            public String fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
                                return v.s();
                            }
                        }
                    }
                    """, "[DYNAQ-FORMAT-CONVERT] @Format on 'note' would be ignored: its @Convert converter decides");
        }

        @Test
        void defaultAmongTheEntityFormats() {
            assertError("""
                    @DynamoTable(formats = StorageFormat.DEFAULT) // <--
                    public record Order(@PartitionKey String id) {}
                    """, "[DYNAQ-FORMAT-DEFAULT] @DynamoTable(formats = ...) cannot list DEFAULT");
        }

        @Test
        void twoEntityFormatsForOneType() {
            assertError("""
                    @DynamoTable(formats = {StorageFormat.EPOCH_SECONDS, StorageFormat.ISO_MILLIS}) // <--
                    public record Order(@PartitionKey String id) {}
                    """, "[DYNAQ-FORMAT-DEFAULT-CONFLICT] @DynamoTable(formats = ...) lists both EPOCH_SECONDS and"
                    + " ISO_MILLIS, which both apply to Instant; keep one of them");
        }

        @Test
        void anUnorderedSortKey() {
            assertError("""
                    @DynamoTable
                    public record Order(@PartitionKey String id,
                            @SortKey @Format(StorageFormat.ISO) Instant at) {} // <--
                    """, "[DYNAQ-FORMAT-UNORDERED-KEY] Sort key 'at' (java.time.Instant) is stored in format ISO, which does"
                    + " not sort in time order (\"2025-01-01T00:00:00Z\" sorts after \"2025-01-01T00:00:00.500Z\"), so"
                    + " DynamoDB's range conditions on it would miss items; choose an ordered format");
        }

        @Test
        void anUnorderedIndexSortKeyFromTheEntityDefault() {
            assertError("""
                    @DynamoTable(formats = StorageFormat.ISO)
                    public record Order(@PartitionKey String id, @GsiPartitionKey(index = "by_day") String day,
                            @GsiSortKey(index = "by_day") OffsetDateTime at) {} // <--
                    """, "[DYNAQ-FORMAT-UNORDERED-KEY] Sort key of global index 'by_day' 'at' (java.time.OffsetDateTime)"
                    + " is stored in format ISO");
        }

        @Test
        void anAcknowledgementOfAnOrderedFormat() {
            assertError("""
                    @DynamoTable
                    public record Order(@PartitionKey String id,
                            @SortKey @Format(value = StorageFormat.ISO_MILLIS, unordered = true) Instant at) {} // <--
                    """, "[DYNAQ-FORMAT-ORDERED] @Format(unordered = true) on 'at' acknowledges nothing: format ISO_MILLIS"
                    + " of java.time.Instant sorts in value order");
        }
    }

    private static String generated(Compilation compilation, String path) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
