package dev.dynaq.processor;

import static dev.dynaq.processor.CompileSupport.assertError;
import static dev.dynaq.processor.CompileSupport.assertErrorBesideJavacError;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every diagnostic of the catalogue: its id, its text and the line it is reported on. */
class DiagnosticsTest {

    @Nested
    class Entities {
        @Test
        void interfaceCannotBeATable() {
            assertError("""
                    @DynamoTable // <--
                    public interface Order {
                    }
                    """, "[DYNAQ-ENTITY-KIND] @DynamoTable cannot be used on an interface (test.Order); annotate a record");
        }

        @Test
        void abstractClassCannotBeATable() {
            assertError("""
                    @DynamoTable // <--
                    public abstract class Order {
                        @PartitionKey private String id;
                    }
                    """, "[DYNAQ-ENTITY-KIND] @DynamoTable cannot be used on an abstract class (test.Order)");
        }

        @Test
        void enumCannotBeADocument() {
            assertError("""
                    @DynamoDocument // <--
                    public enum Color { RED }
                    """, "[DYNAQ-ENTITY-KIND] @DynamoDocument cannot be used on an enum (test.Color)");
        }

        @Test
        void innerClassIsRejected() {
            assertError("""
                    public class Outer {
                        @DynamoTable // <--
                        public class Order {
                            @PartitionKey private String id;
                            public Order() {}
                            public String getId() { return id; }
                            public void setId(String id) { this.id = id; }
                        }
                    }
                    """, "[DYNAQ-ENTITY-INNER] test.Outer.Order is an inner (non-static) class, whose instances need an"
                    + " enclosing instance; declare it top-level or as a public static nested class");
        }

        @Test
        void nonPublicEntityIsRejected() {
            assertError("""
                    public class Outer {
                        @DynamoTable // <--
                        record Order(@PartitionKey String id) {}
                    }
                    """, "[DYNAQ-ENTITY-NOT-PUBLIC] test.Outer.Order is not public");
        }

        @Test
        void genericEntityIsRejected() {
            assertError("""
                    @DynamoTable
                    public record Box<T>( // <--
                            @PartitionKey String id, T content) {}
                    """, "[DYNAQ-ENTITY-GENERIC] test.Box declares the type variables <T>; an entity cannot be generic");
        }

        @Test
        void tableAndDocumentOnTheSameType() {
            assertError("""
                    @DynamoTable
                    @DynamoDocument // <--
                    public record Order(@PartitionKey String id) {}
                    """, "[DYNAQ-ENTITY-TABLE-AND-DOCUMENT] test.Order is annotated with both @DynamoTable and"
                    + " @DynamoDocument");
        }

        @Test
        void beanWithoutPublicNoArgConstructor() {
            assertError("""
                    @DynamoTable // <--
                    public class Order {
                        @PartitionKey private String id;
                        public Order(String id) { this.id = id; }
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                    }
                    """, "[DYNAQ-BEAN-CONSTRUCTOR] Bean test.Order has no public no-arg constructor; add one");
        }

        @Test
        void beanPropertyWithoutSetter() {
            assertError("""
                    @DynamoTable
                    public class Order {
                        @PartitionKey private String id;
                        private int total; // <--
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                        public int getTotal() { return total; }
                    }
                    """, "[DYNAQ-BEAN-SETTER] Bean property 'total' has the getter getTotal() but no public setter"
                    + " setTotal(int); add the setter, or mark the field @Ignore");
        }

        @Test
        void annotatedBeanFieldWithoutGetter() {
            assertError("""
                    @DynamoTable
                    public class Order {
                        @PartitionKey private String id;
                        @Attribute("t") private int total; // <--
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                    }
                    """, "[DYNAQ-BEAN-GETTER] Bean property 'total' is annotated but has no public getter getTotal()");
        }

        @Test
        void propertyAnnotatedOnFieldAndGetter() {
            assertError("""
                    @DynamoTable
                    public class Order {
                        @PartitionKey private String id;
                        @Attribute("t") private int total;
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                        @Attribute("tot") // <--
                        public int getTotal() { return total; }
                        public void setTotal(int total) { this.total = total; }
                    }
                    """, "[DYNAQ-PROPERTY-ANNOTATED-TWICE] Property 'total' has Dynaq annotations on both its field and"
                    + " its getter getTotal()");
        }

        @Test
        void annotationOnStaticFieldWouldBeIgnored() {
            assertError("""
                    @DynamoTable
                    public class Order {
                        @PartitionKey private String id;
                        @Attribute("x") static int counter; // <--
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                    }
                    """, "[DYNAQ-ANNOTATION-IGNORED] @Attribute on field 'counter' would be ignored: static fields are"
                    + " not stored; remove the annotation");
        }

        @Test
        void keyAnnotationBesideIgnoreWouldBeIgnored() {
            assertError("""
                    @DynamoTable
                    public class Order {
                        @PartitionKey private String id;
                        @Ignore @SortKey private String note; // <--
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                    }
                    """, "[DYNAQ-ANNOTATION-IGNORED] @SortKey on field 'note' would be ignored: the property is marked"
                    + " @Ignore");
        }

        @Test
        void annotatedGetterWithoutFieldWouldBeIgnored() {
            assertError("""
                    @DynamoTable
                    public class Order {
                        @PartitionKey private String id;
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                        @Attribute("total") // <--
                        public int getComputedTotal() { return 3; }
                    }
                    """, "[DYNAQ-ANNOTATION-IGNORED] @Attribute on method getComputedTotal() would be ignored: only"
                    + " fields and the getters of fields that have a setter are read");
        }

        @Test
        void ignoreOnRecordComponent() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Ignore String note) {} // <--
                    """, "[DYNAQ-RECORD-IGNORE] @Ignore cannot be used on record component 'note': the canonical"
                    + " constructor needs every component");
        }
    }

    @Nested
    class Types {
        @Test
        void unsupportedType() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            Object x) {} // <--
                    """, "[DYNAQ-TYPE-UNSUPPORTED] Property 'x' has type java.lang.Object; supported types are String");
        }

        @Test
        void unsupportedElementTypeNamesTheWholeType() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            List<Character> letters) {} // <--
                    """, "[DYNAQ-TYPE-UNSUPPORTED] Property 'letters' has type java.lang.Character (in"
                    + " java.util.List<java.lang.Character>); supported types are");
        }

        @Test
        void classWithoutDocumentAnnotation() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            Address address) { // <--
                        public record Address(String street) {}
                    }
                    """, "[DYNAQ-TYPE-NOT-DOCUMENT] Property 'address' has type test.Order.Address, but"
                    + " test.Order.Address is not annotated @DynamoDocument; annotate it with @DynamoDocument");
        }

        @Test
        void mapWithNonStringKey() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            Map<Integer, String> lines) {} // <--
                    """, "[DYNAQ-TYPE-MAP-KEY] Property 'lines' has type java.util.Map<java.lang.Integer,java.lang.String>;"
                    + " DynamoDB map keys are strings, so use Map<String, ...>");
        }

        @Test
        void setOfUnsupportedElement() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            Set<Instant> times) {} // <--
                    """, "[DYNAQ-TYPE-SET-ELEMENT] Property 'times' has type java.util.Set<java.time.Instant>; set"
                    + " elements must be String, a number type or binary");
        }

        @Test
        void wildcardTypeArgument() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            List<? extends Number> amounts) {} // <--
                    """, "[DYNAQ-TYPE-WILDCARD] Property 'amounts' has type java.util.List<? extends java.lang.Number>"
                    + " with a wildcard; use a concrete type argument");
        }

        @Test
        void rawType() {
            assertError("""
                    @DynamoTable
                    @SuppressWarnings("rawtypes")
                    public record Order(
                            @PartitionKey String id,
                            List items) {} // <--
                    """, "[DYNAQ-TYPE-RAW] Property 'items' has the raw type java.util.List; add type arguments");
        }

        @Test
        void nestedOptional() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            List<Optional<String>> notes) {} // <--
                    """, "[DYNAQ-TYPE-OPTIONAL-NESTED] Property 'notes' has type"
                    + " java.util.List<java.util.Optional<java.lang.String>>; Optional is supported only as a property's"
                    + " own type");
        }

        @Test
        void unresolvedTypeIsReportedInTheLastRound() {
            // javac reports the missing symbol too; Dynaq's one error says why the entity was not generated
            assertErrorBesideJavacError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            Missing thing) {} // <--
                    """, "[DYNAQ-TYPE-UNRESOLVED] Type Missing of 'thing' could not be resolved");
        }

        @Test
        void unresolvedConverterIsReportedInTheLastRound() {
            assertErrorBesideJavacError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Convert(MissingConverter.class) String note) {} // <--
                    """, "[DYNAQ-CONVERT-UNRESOLVED] The @Convert class of 'note' could not be resolved");
        }

        @Test
        void converterWithoutPublicNoArgConstructor() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Convert(Order.Money.class) Object total) { // <--
                        public static final class Money implements dev.dynaq.AttributeConverter<Object> {
                            private Money() {}
                            public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(Object v) { return null; }
                            public Object fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) { return null; }
                        }
                    }
                    """, "[DYNAQ-CONVERT-CONSTRUCTOR] Converter test.Order.Money of 'total' cannot be instantiated by"
                    + " generated code; make it a public, non-abstract");
        }

        @Test
        void converterOfTheWrongValueType() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Convert(Order.Money.class) long total) { // <--
                        public static final class Money implements dev.dynaq.AttributeConverter<String> {
                            public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(String v) { return null; }
                            public String fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) { return null; }
                        }
                    }
                    """, "[DYNAQ-CONVERT-TYPE] Converter test.Order.Money converts java.lang.String, but property"
                    + " 'total' has type long; use a converter that implements AttributeConverter<java.lang.Long>");
        }
    }

    @Nested
    class Keys {
        @Test
        void noPartitionKey() {
            assertError("""
                    @DynamoTable // <--
                    public record Order(String id) {}
                    """, "[DYNAQ-KEY-MISSING] Table entity test.Order has no @PartitionKey; annotate the property");
        }

        @Test
        void twoPartitionKeys() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @PartitionKey String other) {} // <--
                    """, "[DYNAQ-KEY-PARTITION-DUPLICATE] Property 'other' is annotated @PartitionKey, but 'id' already"
                    + " is; a table has exactly one partition key");
        }

        @Test
        void twoSortKeys() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @SortKey String first,
                            @SortKey String second) {} // <--
                    """, "[DYNAQ-KEY-SORT-DUPLICATE] Property 'second' is annotated @SortKey, but 'first' already is");
        }

        @Test
        void booleanPartitionKey() {
            assertError("""
                    @DynamoTable
                    public class Flag {
                        @PartitionKey private boolean on; // <--
                        public boolean isOn() { return on; }
                        public void setOn(boolean on) { this.on = on; }
                    }
                    """, "[DYNAQ-KEY-TYPE] Partition key 'on' has type boolean; key attributes must be stored as S, N or"
                    + " B");
        }

        @Test
        void optionalSortKey() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @SortKey Optional<String> created) {} // <--
                    """, "[DYNAQ-KEY-TYPE] Sort key 'created' has type java.util.Optional<java.lang.String>");
        }

        @Test
        void documentAsIndexKey() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_address") Order.Address address) { // <--
                        @DynamoDocument
                        public record Address(String street) {}
                    }
                    """, "[DYNAQ-KEY-TYPE] Partition key of index 'by_address' 'address' has type test.Order.Address",
                    "test.Order_Address_");
        }

        @Test
        void partitionAndSortKeyOnTheSameProperty() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey @SortKey String id) {} // <--
                    """, "[DYNAQ-INDEX-KEY-TWICE] Property 'id' is declared twice as a key of the table");
        }
    }

    @Nested
    class Indexes {
        @Test
        void gsiSortKeyWithoutPartitionKey() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiSortKey(index = "by_status") String status) {} // <--
                    """, "[DYNAQ-INDEX-NO-PARTITION-KEY] @GsiSortKey names the index 'by_status', but no property"
                    + " declares @GsiPartitionKey(index = \"by_status\")");
        }

        @Test
        void twoPartitionKeysForOneIndex() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_status") String status,
                            @GsiPartitionKey(index = "by_status") String state) {} // <--
                    """, "[DYNAQ-INDEX-PARTITION-DUPLICATE] Index 'by_status' already has the partition key 'status',"
                    + " so 'state' cannot be another");
        }

        @Test
        void twoSortKeysForOneIndex() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @SortKey String created,
                            @LsiSortKey(index = "by_total") long total,
                            @LsiSortKey(index = "by_total") long net) {} // <--
                    """, "[DYNAQ-INDEX-SORT-DUPLICATE] Index 'by_total' already has the sort key 'total', so 'net'"
                    + " cannot be another");
        }

        @Test
        void samePropertyTwiceAsKeyOfOneIndex() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_status")
                            @GsiSortKey(index = "by_status") String status) {} // <--
                    """, "[DYNAQ-INDEX-KEY-TWICE] Property 'status' is declared twice as a key of global index"
                    + " 'by_status'");
        }

        @Test
        void localIndexWithoutTableSortKey() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @LsiSortKey(index = "by_total") long total) {} // <--
                    """, "[DYNAQ-INDEX-LSI-NO-SORT-KEY] Local index 'by_total' needs a table sort key");
        }

        @Test
        void moreThanTwentyGlobalIndexes() {
            StringBuilder components = new StringBuilder();
            for (int i = 1; i <= 21; i++) {
                components.append(",\n        @GsiPartitionKey(index = \"gsi").append(i).append("\") String a").append(i);
                components.append(i == 21 ? ") {} " + CompileSupport.MARKER + "\n" : "");
            }
            assertError("@DynamoTable\npublic record Wide(@PartitionKey String id" + components,
                    "[DYNAQ-INDEX-TOO-MANY-GSI] Wide declares 21 global secondary indexes, but DynamoDB allows at most"
                            + " 20 per table; remove 'gsi21'");
        }

        @Test
        void moreThanFiveLocalIndexes() {
            StringBuilder components = new StringBuilder();
            for (int i = 1; i <= 6; i++) {
                components.append(",\n        @LsiSortKey(index = \"lsi").append(i).append("\") String a").append(i);
                components.append(i == 6 ? ") {} " + CompileSupport.MARKER + "\n" : "");
            }
            assertError("@DynamoTable\npublic record Wide(@PartitionKey String id, @SortKey String sk" + components,
                    "[DYNAQ-INDEX-TOO-MANY-LSI] Wide declares 6 local secondary indexes, but DynamoDB allows at most 5"
                            + " per table; remove 'lsi6'");
        }

        @Test
        void globalAndLocalIndexWithTheSameName() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @SortKey String created,
                            @GsiPartitionKey(index = "by_total") long total,
                            @LsiSortKey(index = "by_total") long net) {} // <--
                    """, "[DYNAQ-INDEX-NAME-DUPLICATE] Index name 'by_total' is used by both a global and a local"
                    + " secondary index");
        }

        @Test
        void includeProjectionWithoutAttributes() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_status", projection = IndexProjection.INCLUDE) // <--
                            String status) {}
                    """, "[DYNAQ-INDEX-INCLUDE-MISSING] Index 'by_status' has projection INCLUDE but no include"
                    + " attributes");
        }

        @Test
        void includeAttributesWithKeysOnlyProjection() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_status", projection = IndexProjection.KEYS_ONLY,
                                    include = "total") // <--
                            String status,
                            long total) {}
                    """, "[DYNAQ-INDEX-INCLUDE-UNEXPECTED] Index 'by_status' lists include attributes but has"
                    + " projection KEYS_ONLY, which ignores them");
        }

        @Test
        void includeOfAnUnknownAttribute() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_status", projection = IndexProjection.INCLUDE,
                                    include = {"total", "totl"}) // <--
                            String status,
                            @Attribute("total") long amount) {}
                    """, "[DYNAQ-INDEX-INCLUDE-UNKNOWN] Index 'by_status' includes 'totl', which is not an attribute of"
                    + " this entity; use DynamoDB attribute names (after @Attribute renames), one of: id, status, total");
        }
    }

    @Nested
    class Names {
        @Test
        void invalidTableName() {
            assertError("""
                    @DynamoTable(name = "order table") // <--
                    public record Order(@PartitionKey String id) {}
                    """, "[DYNAQ-NAME-TABLE] Table name 'order table' is invalid: the character ' ' is not allowed");
        }

        @Test
        void defaultTableNameIsValidatedToo() {
            assertError("""
                    @DynamoTable // <--
                    public record Ab(@PartitionKey String id) {}
                    """, "[DYNAQ-NAME-TABLE] Table name 'Ab' is invalid: it has 2 characters, fewer than 3");
        }

        @Test
        void invalidIndexName() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by status") String status) {} // <--
                    """, "[DYNAQ-NAME-INDEX] Index name 'by status' is invalid: the character ' ' is not allowed");
        }

        @Test
        void invalidIndexNameIsReportedOnceForBothKeysOfTheIndex() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by status") String status, // <--
                            @GsiSortKey(index = "by status") String created) {}
                    """, "[DYNAQ-NAME-INDEX] Index name 'by status' is invalid: the character ' ' is not allowed");
        }

        @Test
        void emptyAttributeName() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Attribute("") String note) {} // <--
                    """, "[DYNAQ-ATTRIBUTE-EMPTY] @Attribute on 'note' has an empty name");
        }

        @Test
        void duplicateAttributeNameAfterRename() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            String status,
                            @Attribute("status") String state) {} // <--
                    """, "[DYNAQ-ATTRIBUTE-DUPLICATE] Property 'state' is stored as attribute 'status', which property"
                    + " 'status' already uses");
        }

        @Test
        void invalidQueryName() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey(queryName = "by-id") String id) {} // <--
                    """, "[DYNAQ-QUERY-NAME-INVALID] queryName 'by-id' is not a valid Java identifier");
        }

        @Test
        void twoIndexesWithTheSamePartitionKeyProperty() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @GsiPartitionKey(index = "by_status")
                            @GsiPartitionKey(index = "by_status_v2") String status) {} // <--
                    """, "[DYNAQ-QUERY-NAME-CLASH] global index 'by_status' and global index 'by_status_v2' would both"
                    + " generate method queryByStatus(); set a distinct queryName on the annotation of global index"
                    + " 'by_status_v2'");
        }

        @Test
        void indexOnTheTablePartitionKeyClashesWithTheTableQuery() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey
                            @GsiPartitionKey(index = "by_id", queryName = "Id") String id) {} // <--
                    """, "[DYNAQ-QUERY-NAME-CLASH] the table's partition key 'id' and global index 'by_id' would both"
                    + " generate method queryById()");
        }
    }

    @Nested
    class VersionsAndDocuments {
        @Test
        void versionOfNonIntegralType() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Version double version) {} // <--
                    """, "[DYNAQ-VERSION-TYPE] @Version property 'version' has type double; a version must be int,"
                    + " long, Integer or Long");
        }

        @Test
        void twoVersions() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @Version long version,
                            @Version Long revision) {} // <--
                    """, "[DYNAQ-VERSION-DUPLICATE] Property 'revision' is annotated @Version, but 'version' already is");
        }

        @Test
        void versionOnAKey() {
            assertError("""
                    @DynamoTable
                    public record Order(
                            @PartitionKey String id,
                            @SortKey @Version long version) {} // <--
                    """, "[DYNAQ-VERSION-KEY] @Version property 'version' is also a table key");
        }

        @Test
        void keyInsideADocument() {
            assertError("""
                    @DynamoDocument
                    public record Address(
                            @PartitionKey String street) {} // <--
                    """, "[DYNAQ-DOCUMENT-KEY] @PartitionKey on 'street' would be ignored: Address is a @DynamoDocument");
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void twoTimeToLiveProperties() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @TimeToLive Instant expiresAt,
                            @TimeToLive long purgeAt) {} // <--
                    """, "[DYNAQ-TTL-DUPLICATE] Property 'purgeAt' is annotated @TimeToLive, but 'expiresAt' already is;"
                    + " DynamoDB's time to live reads one attribute per table: remove one");
        }

        @Test
        void timeToLiveOfAnotherType() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @TimeToLive LocalDateTime expiresAt) {} // <--
                    """, "[DYNAQ-TTL-TYPE] @TimeToLive property 'expiresAt' has type java.time.LocalDateTime; DynamoDB's"
                    + " time to live reads a number of seconds since the epoch: use Instant (stored as epoch seconds),"
                    + " long or Long");
        }

        @Test
        void timeToLiveAsIntIsRefusedToo() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @TimeToLive int expiresAt) {} // <--
                    """, "[DYNAQ-TTL-TYPE] @TimeToLive property 'expiresAt' has type int");
        }

        @Test
        void timeToLiveWithAFormatOtherThanEpochSeconds() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @TimeToLive @Format(StorageFormat.ISO) Instant expiresAt) {} // <--
                    """, "[DYNAQ-TTL-FORMAT] @TimeToLive property 'expiresAt' has @Format(ISO), but DynamoDB's time to"
                    + " live reads only a number of seconds since the epoch, which is how Dynaq stores a @TimeToLive"
                    + " Instant: remove @Format, or write @Format(EPOCH_SECONDS)");
        }

        @Test
        void timeToLiveInEpochMillisIsRefusedToo() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @Format(StorageFormat.EPOCH_MILLIS) // <--
                            @TimeToLive Instant expiresAt) {}
                    """, "[DYNAQ-TTL-FORMAT] @TimeToLive property 'expiresAt' has @Format(EPOCH_MILLIS)");
        }

        @Test
        void timeToLiveOnAKey() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @SortKey @TimeToLive long expiresAt) {} // <--
                    """, "[DYNAQ-LIFECYCLE-KEY] @TimeToLive property 'expiresAt' is also a table key; a key never changes"
                    + " once the item exists and is never set by Dynaq: put @TimeToLive on a separate property");
        }

        @Test
        void createdDateOfAnotherType() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @CreatedDate LocalDate createdOn) {} // <--
                    """, "[DYNAQ-DATE-TYPE] @CreatedDate property 'createdOn' has type java.time.LocalDate; Dynaq sets it"
                    + " from the table's java.time.Clock: declare it as java.time.Instant");
        }

        @Test
        void lastModifiedDateOfAnotherType() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @LastModifiedDate long modified) {} // <--
                    """, "[DYNAQ-DATE-TYPE] @LastModifiedDate property 'modified' has type long");
        }

        @Test
        void twoCreatedDates() {
            assertError("""
                    @DynamoTable
                    public record Session(
                            @PartitionKey String id,
                            @CreatedDate Instant createdAt,
                            @CreatedDate Instant openedAt) {} // <--
                    """, "[DYNAQ-DATE-DUPLICATE] Property 'openedAt' is annotated @CreatedDate, but 'createdAt' already"
                    + " is; an entity has at most one: remove one");
        }

        @Test
        void twoLastModifiedDatesOnABean() {
            assertError("""
                    @DynamoTable
                    public class Session {
                        @PartitionKey private String id;
                        @LastModifiedDate private Instant changedAt;
                        @LastModifiedDate private Instant touchedAt; // <--
                        public String getId() { return id; }
                        public void setId(String id) { this.id = id; }
                        public Instant getChangedAt() { return changedAt; }
                        public void setChangedAt(Instant changedAt) { this.changedAt = changedAt; }
                        public Instant getTouchedAt() { return touchedAt; }
                        public void setTouchedAt(Instant touchedAt) { this.touchedAt = touchedAt; }
                    }
                    """, "[DYNAQ-DATE-DUPLICATE] Property 'touchedAt' is annotated @LastModifiedDate, but 'changedAt'");
        }

        @Test
        void dateOnAKey() {
            assertError("""
                    @DynamoTable
                    public record Event(
                            @PartitionKey String id,
                            @SortKey @CreatedDate Instant createdAt) {} // <--
                    """, "[DYNAQ-LIFECYCLE-KEY] @CreatedDate property 'createdAt' is also a table key");
        }

        @Test
        void bothDatesOnOneProperty() {
            assertError("""
                    @DynamoTable
                    public record Event(
                            @PartitionKey String id,
                            @CreatedDate @LastModifiedDate Instant at) {} // <--
                    """, "[DYNAQ-LIFECYCLE-ROLES] Property 'at' is annotated both @CreatedDate and @LastModifiedDate,"
                    + " which each maintain the attribute their own way; keep one, or use two properties");
        }

        @Test
        void counterOfAnotherType() {
            assertError("""
                    @DynamoTable
                    public record Page(
                            @PartitionKey String id,
                            @AtomicCounter double views) {} // <--
                    """, "[DYNAQ-COUNTER-TYPE] @AtomicCounter property 'views' has type double; a counter must be int,"
                    + " long, Integer, Long, BigInteger or BigDecimal");
        }

        @Test
        void counterWithoutDelta() {
            assertError("""
                    @DynamoTable
                    public record Page(
                            @PartitionKey String id,
                            @AtomicCounter(delta = 0) long views) {} // <--
                    """, "[DYNAQ-COUNTER-DELTA] @AtomicCounter on 'views' has delta = 0");
        }

        @Test
        void intCounterWithAStartBeyondInt() {
            assertError("""
                    @DynamoTable
                    public record Page(
                            @PartitionKey String id,
                            @AtomicCounter(start = 3_000_000_000L) int views) {} // <--
                    """, "[DYNAQ-COUNTER-RANGE] @AtomicCounter on int property 'views' has start = 3000000000, which an"
                    + " int cannot hold; use a value from -2147483648 to 2147483647, or make the counter long");
        }

        @Test
        void counterOnAKey() {
            assertError("""
                    @DynamoTable
                    public record Page(
                            @PartitionKey String id,
                            @SortKey @AtomicCounter long views) {} // <--
                    """, "[DYNAQ-LIFECYCLE-KEY] @AtomicCounter property 'views' is also a table key");
        }

        @Test
        void counterThatIsAlsoTheVersion() {
            assertError("""
                    @DynamoTable
                    public record Page(
                            @PartitionKey String id,
                            @AtomicCounter @Version long views) {} // <--
                    """, "[DYNAQ-LIFECYCLE-ROLES] Property 'views' is annotated both @AtomicCounter and @Version");
        }

        @Test
        void lifecycleInsideADocument() {
            assertError("""
                    @DynamoDocument
                    public record Stamp(
                            @CreatedDate Instant at) {} // <--
                    """, "[DYNAQ-DOCUMENT-KEY] @CreatedDate on 'at' would be ignored: Stamp is a @DynamoDocument");
        }
    }
}
