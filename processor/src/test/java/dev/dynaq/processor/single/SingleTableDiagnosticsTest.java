package dev.dynaq.processor.single;

import static dev.dynaq.processor.single.SingleTableCompile.SHOP;
import static dev.dynaq.processor.single.SingleTableCompile.assertClean;
import static dev.dynaq.processor.single.SingleTableCompile.assertError;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every single-table diagnostic of the catalogue: its id, its text and the line it is reported on. */
class SingleTableDiagnosticsTest {
    static final String CUSTOMER = """
            @DynamoEntity(table = Shop.class, type = "Customer")
            @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
            @IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
            public record Customer(String customerId, String name, String email) {}
            """;

    @Nested
    class Declarations {
        @Test
        void invalidTableName() {
            assertError("[DYNAQ-SINGLE-TABLE-NAME] Table name 'ab' is invalid: it has 2 characters, fewer than 3",
                    """
                    @SingleTable(name = "ab") // <--
                    public interface Shop {}
                    """);
        }

        @Test
        void sortKeyNamedLikeThePartitionKey() {
            assertError("[DYNAQ-SINGLE-ATTRIBUTE-NAME] The sort key of @SingleTable Shop is 'pk', which is already the"
                    + " partition key", """
                    @SingleTable(name = "shop", sortKey = "pk") // <--
                    public interface Shop {}
                    """);
        }

        @Test
        void indexKeyNamedLikeTheTypeAttribute() {
            assertError("[DYNAQ-SINGLE-ATTRIBUTE-NAME] The partition key of index 'gsi1' of @SingleTable Shop is"
                    + " '_type', which is already the type attribute", """
                    @SingleTable(name = "shop",
                            globalIndexes = @GlobalIndex(name = "gsi1", partitionKey = "_type")) // <--
                    public interface Shop {}
                    """);
        }

        @Test
        void indexDeclaredTwice() {
            assertError("[DYNAQ-SINGLE-INDEX-DUPLICATE] Global index 'gsi1' is declared twice in @SingleTable Shop",
                    """
                    @SingleTable(name = "shop", globalIndexes = {
                            @GlobalIndex(name = "gsi1"),
                            @GlobalIndex(name = "gsi1", partitionKey = "a", sortKey = "b")}) // <--
                    public interface Shop {}
                    """);
        }

        @Test
        void invalidIndexName() {
            assertError("[DYNAQ-NAME-INDEX] Index name 'g 1' is invalid: the character ' ' is not allowed", """
                    @SingleTable(name = "shop", globalIndexes = @GlobalIndex(name = "g 1")) // <--
                    public interface Shop {}
                    """);
        }
    }

    @Nested
    class Entities {
        @Test
        void tableThatIsNotASingleTable() {
            assertError("[DYNAQ-ENTITY-TABLE-NOT-SHARED] @DynamoEntity(table = test.Other.class) of Customer names a type"
                    + " that is not annotated @SingleTable", """
                    public interface Other {}
                    """, """
                    @DynamoEntity(table = Other.class) // <--
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    public record Customer(String customerId) {}
                    """);
        }

        @Test
        void entityAndTableOnOneType() {
            assertError("[DYNAQ-ENTITY-TWO-KINDS] test.Customer is annotated with both @DynamoEntity and @DynamoTable",
                    SHOP, """
                    @DynamoTable
                    @DynamoEntity(table = Shop.class) // <--
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    public record Customer(@PartitionKey String customerId) {}
                    """);
        }

        @Test
        void missingKeyTemplate() {
            assertError("[DYNAQ-TEMPLATE-MISSING] @DynamoEntity Customer has no @KeyTemplate; add @KeyTemplate(partition"
                    + " = \"...\", sort = \"...\") to compose its key in table shop", SHOP, """
                    @DynamoEntity(table = Shop.class) // <--
                    public record Customer(String customerId) {}
                    """);
        }

        @Test
        void timeToLiveOnASharedTableEntity() {
            assertError("[DYNAQ-ENTITY-LIFECYCLE] @TimeToLive on 'expiresAt' is not supported: Session is a @DynamoEntity"
                    + " of a shared table, where Dynaq maintains no time to live, dates or counters (the entities of a"
                    + " table would have to agree on one time-to-live attribute); remove the annotation and set the value"
                    + " in code", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "SESSION#{id}", sort = "SESSION")
                    public record Session(String id,
                            @TimeToLive Instant expiresAt) {} // <--
                    """);
        }

        @Test
        void counterOnASharedTableEntity() {
            assertError("[DYNAQ-ENTITY-LIFECYCLE] @AtomicCounter on 'views' is not supported: Page is a @DynamoEntity",
                    SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "PAGE#{id}", sort = "PAGE")
                    public record Page(String id,
                            @AtomicCounter long views) {} // <--
                    """);
        }

        @Test
        void keyAnnotationOnAProperty() {
            assertError("[DYNAQ-ENTITY-PROPERTY-KEY] @PartitionKey on 'customerId' would be ignored: Customer is a"
                    + " @DynamoEntity of a shared table", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    public record Customer(
                            @PartitionKey String customerId) {} // <--
                    """);
        }

        @Test
        void propertyStoredUnderAKeyAttribute() {
            assertError("[DYNAQ-ENTITY-ATTRIBUTE-RESERVED] Property 'gsi1pk' is stored as attribute 'gsi1pk', which"
                    + " table shop uses for the partition key of index 'gsi1'", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    public record Customer(String customerId,
                            String gsi1pk) {} // <--
                    """);
        }
    }

    @Nested
    class Templates {
        @Test
        void variableThatIsNotAProperty() {
            assertError("[DYNAQ-TEMPLATE-VARIABLE-UNKNOWN] @KeyTemplate partition template 'CUSTOMER#{id}' uses {id},"
                    + " which is not a property of Customer; use one of: customerId, name", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE") // <--
                    public record Customer(String customerId, String name) {}
                    """);
        }

        @Test
        void variableOfACollectionType() {
            assertError("[DYNAQ-TEMPLATE-VARIABLE-TYPE] @KeyTemplate sort template 'TAGS#{tags}' uses {tags} of type"
                    + " java.util.List<java.lang.String>, which cannot be part of a composed key", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "TAGS#{tags}") // <--
                    public record Customer(String customerId, List<String> tags) {}
                    """);
        }

        @Test
        void decimalVariable() {
            assertError("[DYNAQ-TEMPLATE-VARIABLE-TYPE] @IndexTemplate(index = \"gsi1\") sort template 'TOTAL#{total}'"
                    + " uses {total} of type java.math.BigDecimal, which cannot be part of a composed key: a key needs"
                    + " numbers of a fixed width", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi1", partition = "ALL", sort = "TOTAL#{total}", queryName = "all") // <--
                    public record Customer(String customerId, BigDecimal total) {}
                    """);
        }

        @Test
        void formattedTimeVariable() {
            assertError("[DYNAQ-TEMPLATE-VARIABLE-FORMAT] @KeyTemplate sort template 'AT#{at}' uses {at}, whose"
                    + " @Format(EPOCH_SECONDS) a composed key cannot use: a template writes each variable in Dynaq's own"
                    + " fixed-width form", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "AT#{at}") // <--
                    public record Customer(String customerId, @Format(StorageFormat.EPOCH_SECONDS) java.time.Instant at) {}
                    """);
        }

        @Test
        void isoFormattedIndexVariable() {
            assertError("[DYNAQ-TEMPLATE-VARIABLE-FORMAT] @IndexTemplate(index = \"gsi1\") sort template 'AT#{at}'"
                    + " uses {at}, whose @Format(ISO)", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi1", partition = "ALL", sort = "AT#{at}", queryName = "all") // <--
                    public record Customer(String customerId, @Format(StorageFormat.ISO) java.time.Instant at) {}
                    """);
        }

        @Test
        void zonedTimeVariable() {
            assertError("[DYNAQ-TEMPLATE-VARIABLE-TYPE] @KeyTemplate sort template 'AT#{at}' uses {at} of type"
                    + " java.time.ZonedDateTime", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "AT#{at}") // <--
                    public record Customer(String customerId, ZonedDateTime at) {}
                    """);
        }

        @Test
        void variablesWithoutSeparator() {
            assertError("[DYNAQ-TEMPLATE-SEPARATOR] @KeyTemplate sort template 'ORDER#{orderId}{lineNo}': {orderId} is"
                    + " followed by another variable; a variable must be followed by '#' or end the template", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "ORDER#{orderId}", sort = "ORDER#{orderId}{lineNo}") // <--
                    public record Line(String orderId, int lineNo) {}
                    """);
        }

        @Test
        void variableFollowedByAnotherCharacter() {
            assertError("[DYNAQ-TEMPLATE-SEPARATOR] @KeyTemplate sort template 'LINE#{orderId}-{lineNo}': {orderId} is"
                    + " followed by '-'", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "ORDER#{orderId}", sort = "LINE#{orderId}-{lineNo}") // <--
                    public record Line(String orderId, int lineNo) {}
                    """);
        }

        @Test
        void unclosedVariable() {
            assertError("[DYNAQ-TEMPLATE-SYNTAX] @KeyTemplate partition template 'CUSTOMER#{customerId' is malformed:"
                    + " '{' at position 9 is not closed", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId", sort = "PROFILE") // <--
                    public record Customer(String customerId) {}
                    """);
        }

        @Test
        void emptyTemplate() {
            assertError("[DYNAQ-TEMPLATE-SYNTAX] @KeyTemplate sort template '' is malformed: it is empty", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "") // <--
                    public record Customer(String customerId) {}
                    """);
        }

        @Test
        void indexTheTableDoesNotDeclare() {
            assertError("[DYNAQ-TEMPLATE-INDEX-UNKNOWN] @IndexTemplate(index = \"gsi2\") names an index that @SingleTable"
                    + " Shop does not declare; declare it in globalIndexes, or use one of: gsi1", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi2", partition = "EMAIL#{email}", sort = "CUSTOMER") // <--
                    public record Customer(String customerId, String email) {}
                    """);
        }

        @Test
        void twoTemplatesForOneIndex() {
            // javac has no source position for an annotation repeated inside its implicit container: the type's
            // declaration is the narrowest one
            assertError("[DYNAQ-TEMPLATE-INDEX-TWICE] Customer has two @IndexTemplate for index 'gsi1'", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
                    @IndexTemplate(index = "gsi1", partition = "NAME#{name}", sort = "CUSTOMER")
                    public record Customer(String customerId, String email, String name) {} // <--
                    """);
        }

        @Test
        void constantPartitionWithoutQueryName() {
            assertError("[DYNAQ-TEMPLATE-QUERY-NAME] @IndexTemplate(index = \"gsi1\") partition template 'CUSTOMERS' has"
                    + " no variable to name its query method after; set queryName", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi1", partition = "CUSTOMERS", sort = "{name}") // <--
                    public record Customer(String customerId, String name) {}
                    """);
        }

        @Test
        void indexQueryNamedLikeTheTableQuery() {
            assertError("[DYNAQ-QUERY-NAME-CLASH] @KeyTemplate and @IndexTemplate(index = \"gsi1\") would both generate"
                    + " queryByCustomerId(...)", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi1", partition = "C#{customerId}", sort = "{name}") // <--
                    public record Customer(String customerId, String name) {}
                    """);
        }

        @Test
        void invalidCollectionName() {
            assertError("[DYNAQ-TEMPLATE-COLLECTION-INVALID] collection 'my-orders' is not a valid Java identifier",
                    SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE", collection = "my-orders") // <--
                    public record Customer(String customerId) {}
                    """);
        }
    }

    @Nested
    class BetweenEntities {
        @Test
        void twoEntitiesOfOneType() {
            assertError("[DYNAQ-SINGLE-TYPE-DUPLICATE] test.Customer and test.Person both have type 'Customer' in table"
                    + " shop", SHOP, CUSTOMER, """
                    @DynamoEntity(table = Shop.class, type = "Customer") // <--
                    @KeyTemplate(partition = "PERSON#{id}", sort = "PERSON")
                    public record Person(String id) {}
                    """);
        }

        @Test
        void sameConstantSortKeyInOnePartition() {
            assertError("[DYNAQ-SINGLE-KEY-OVERLAP] Customer and Profile can produce the same key in table shop: their"
                    + " partition templates 'CUSTOMER#{customerId}' and 'CUSTOMER#{id}' can be equal, and their sort"
                    + " templates 'PROFILE' and 'PROFILE' both start with 'PROFILE'", SHOP, CUSTOMER, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE") // <--
                    public record Profile(String id) {}
                    """);
        }

        @Test
        void sortTemplatesWithoutDistinguishingLiteral() {
            assertError("[DYNAQ-SINGLE-KEY-OVERLAP] Invoice and Order can produce the same key in table shop: their"
                    + " partition templates 'CUSTOMER#{customerId}' and 'CUSTOMER#{customerId}' can be equal, and their"
                    + " sort templates 'ORDER#{invoiceId}' and 'ORDER#{orderId}' both start with 'ORDER#'", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{invoiceId}")
                    public record Invoice(String customerId, String invoiceId) {}
                    """, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderId}") // <--
                    public record Order(String customerId, String orderId) {}
                    """);
        }

        @Test
        void sortLiteralThatBeginsAnother() {
            assertError("[DYNAQ-SINGLE-KEY-OVERLAP] Line and Order can produce the same key in table shop: their"
                    + " partition templates 'CUSTOMER#{customerId}' and 'CUSTOMER#{customerId}' can be equal, and their"
                    + " sort templates 'ORDER#LINE#{lineId}' and 'ORDER#{orderId}' start with 'ORDER#' and"
                    + " 'ORDER#LINE#', which begins with the other", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#LINE#{lineId}")
                    public record Line(String customerId, String lineId) {}
                    """, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderId}") // <--
                    public record Order(String customerId, String orderId) {}
                    """);
        }

        @Test
        void overlapInAnIndex() {
            assertError("[DYNAQ-SINGLE-KEY-OVERLAP] Customer and Order can produce the same key in index gsi1 of table"
                    + " shop: their partition templates 'EMAIL#{email}' and 'EMAIL#{email}' can be equal, and their"
                    + " sort templates 'CUSTOMER' and '{createdAt}' do not both start with a literal", SHOP, CUSTOMER,
                    """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderId}")
                    @IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "{createdAt}") // <--
                    public record Order(String customerId, String orderId, String email, Instant createdAt) {}
                    """);
        }

        @Test
        void stringVariableCanSpellAnotherEntitysLiteral() {
            // CUSTOMER#{id} can be CUSTOMER#ALL: the two partitions can be one
            assertError("[DYNAQ-SINGLE-KEY-OVERLAP] Customer and Stats can produce the same key in table shop",
                    SHOP, CUSTOMER, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#ALL", sort = "PROFILE", queryName = "all") // <--
                    public record Stats(long count) {}
                    """);
        }

        @Test
        void numberVariableCannotSpellALiteral() {
            assertClean(SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "DAY#{day}", sort = "STATS")
                    public record Daily(int day) {}
                    """, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "DAY#ALL", sort = "STATS", queryName = "all")
                    public record Total(long count) {}
                    """);
        }

        @Test
        void differentPartitionLiteralsNeverOverlap() {
            assertClean(SHOP, CUSTOMER, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "PRODUCT#{sku}", sort = "PROFILE")
                    public record Product(String sku) {}
                    """);
        }

        @Test
        void collectionNamesThatDisagree() {
            assertError("[DYNAQ-SINGLE-COLLECTION-MISMATCH] Customer names its collection 'Account' and Order names it"
                    + " 'Orders', but their partition templates in table shop agree", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE", collection = "account")
                    public record Customer(String customerId) {}
                    """, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderId}", collection = "orders") // <--
                    public record Order(String customerId, String orderId) {}
                    """);
        }

        @Test
        void collectionsWithTheSameName() {
            assertError("[DYNAQ-SINGLE-COLLECTION-CLASH] The collections in table shop and in index gsi1 of table shop"
                    + " would both be named 'Customer' (queryCustomerCollection)", SHOP, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
                    @IndexTemplate(index = "gsi1", partition = "CUSTOMER#{email}", sort = "A", queryName = "byEmail") // <--
                    public record Account(String customerId, String email) {}
                    """, """
                    @DynamoEntity(table = Shop.class)
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderId}")
                    @IndexTemplate(index = "gsi1", partition = "CUSTOMER#{email}", sort = "B", queryName = "byEmail")
                    public record Order(String customerId, String orderId, String email) {}
                    """);
        }

        @Test
        void theIssuesModelIsValid() {
            assertClean("""
                    @SingleTable(name = "shop", partitionKey = "pk", sortKey = "sk",
                            globalIndexes = @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"))
                    public interface Shop {}
                    """, CUSTOMER, """
                    @DynamoEntity(table = Shop.class, type = "Order")
                    @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{createdAt}#{orderId}")
                    @IndexTemplate(index = "gsi1", partition = "STATUS#{status}", sort = "{createdAt}#{orderId}")
                    public record Order(String customerId, String orderId, Instant createdAt, Status status,
                            BigDecimal total) {
                        public enum Status { NEW, PAID }
                    }
                    """);
        }
    }
}
