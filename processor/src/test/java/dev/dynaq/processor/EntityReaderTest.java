package dev.dynaq.processor;

import static dev.dynaq.processor.CompileSupport.assertNoReaderErrors;
import static dev.dynaq.processor.CompileSupport.readerErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.ClassName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import dev.dynaq.processor.model.TypeMapping.Kind;
import dev.dynaq.processor.model.TypeMapping.Stored;
import dev.dynaq.processor.reader.ReadResult;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the reader makes of valid entities, and how errors stay with the entity that has them. */
class EntityReaderTest {

    private static EntityModel read(String qualifiedName, String... bodies) {
        ModelCapture capture = new ModelCapture();
        JavaFileObject[] sources = new JavaFileObject[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            sources[i] = CompileSupport.source(bodies[i]);
        }
        Compiler.javac().withProcessors(capture).compile(sources);
        ReadResult result = capture.result(qualifiedName);
        assertThat(result.report().messages()).extracting(message -> message.text()).isEmpty();
        assertThat(result.deferred()).isFalse();
        return result.entity().orElseThrow();
    }

    private static AttributeModel attribute(EntityModel entity, String property) {
        return entity.attributes().stream()
                .filter(attribute -> attribute.propertyName().equals(property))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribute " + property));
    }

    @Test
    void recordWithTableKeysAndAGlobalIndex() {
        EntityModel order = read("test.Order", """
                @DynamoTable(name = "orders")
                public record Order(
                        @PartitionKey String customerId,
                        @SortKey String orderId,
                        BigDecimal total,
                        List<String> items,
                        @GsiPartitionKey(index = "order_by_status") Status status) {
                    public enum Status { PENDING, SHIPPED }
                }
                """);
        assertThat(order.kind()).isEqualTo(EntityModel.Kind.RECORD);
        assertThat(order.document()).isFalse();
        assertThat(order.className()).isEqualTo(ClassName.get("test", "Order"));
        assertThat(order.tableName()).isEqualTo("orders");
        assertThat(order.attributes()).extracting(AttributeModel::propertyName)
                .containsExactly("customerId", "orderId", "total", "items", "status");
        AttributeModel items = attribute(order, "items");
        assertThat(items.getterName()).isEqualTo("items");
        assertThat(items.setterName()).isNull();
        assertThat(items.type().kind()).isEqualTo(Kind.LIST);
        assertThat(items.type().element().kind()).isEqualTo(Kind.STRING);
        assertThat(attribute(order, "status").type().support()).isEqualTo(ClassName.get("test", "Order", "Status"));

        IndexModel primary = order.primaryKey();
        assertThat(primary.kind()).isEqualTo(IndexModel.Kind.PRIMARY);
        assertThat(primary.partitionKey().propertyName()).isEqualTo("customerId");
        assertThat(primary.sortKey().propertyName()).isEqualTo("orderId");
        assertThat(Names.queryMethod(primary)).isEqualTo("queryByCustomerId");
        assertThat(order.secondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo("order_by_status");
            assertThat(index.kind()).isEqualTo(IndexModel.Kind.GLOBAL);
            assertThat(index.partitionKey().propertyName()).isEqualTo("status");
            assertThat(index.sortKey()).isNull();
            assertThat(index.projection()).isEqualTo(IndexModel.Projection.ALL);
            assertThat(index.allowsConsistentRead()).isFalse();
            assertThat(Names.queryMethod(index)).isEqualTo("queryByStatus");
        });
        assertThat(order.versionAttribute()).isEmpty();
    }

    @Test
    void beanWithRepeatedIndexKeysOnFieldsAndGetters() {
        EntityModel employee = read("test.Employee", """
                @DynamoTable
                public class Employee {
                    @PartitionKey private String employeeId;
                    @Attribute("first_name") private String firstName;
                    private String department;
                    @GsiSortKey(index = "DepartmentIndex")
                    @GsiPartitionKey(index = "HireDateIndex")
                    private LocalDate hireDate;
                    @GsiPartitionKey(index = "StatusLocationIndex") private String status;
                    @GsiSortKey(index = "StatusLocationIndex") private String location;
                    private boolean active;
                    @Version private Long version;
                    @Ignore private String cache;
                    private transient String scratch;
                    private static final String TABLE = "x";

                    public String getEmployeeId() { return employeeId; }
                    public void setEmployeeId(String employeeId) { this.employeeId = employeeId; }
                    public String getFirstName() { return firstName; }
                    public void setFirstName(String firstName) { this.firstName = firstName; }
                    @GsiPartitionKey(index = "DepartmentIndex")
                    public String getDepartment() { return department; }
                    public void setDepartment(String department) { this.department = department; }
                    public LocalDate getHireDate() { return hireDate; }
                    public void setHireDate(LocalDate hireDate) { this.hireDate = hireDate; }
                    public String getStatus() { return status; }
                    public void setStatus(String status) { this.status = status; }
                    public String getLocation() { return location; }
                    public void setLocation(String location) { this.location = location; }
                    public boolean isActive() { return active; }
                    public void setActive(boolean active) { this.active = active; }
                    public Long getVersion() { return version; }
                    public void setVersion(Long version) { this.version = version; }
                }
                """);
        assertThat(employee.kind()).isEqualTo(EntityModel.Kind.BEAN);
        assertThat(employee.tableName()).isEqualTo("Employee");
        assertThat(employee.attributes()).extracting(AttributeModel::propertyName)
                .containsExactly("employeeId", "firstName", "department", "hireDate", "status", "location", "active",
                        "version");
        assertThat(attribute(employee, "firstName").attributeName()).isEqualTo("first_name");
        assertThat(attribute(employee, "active").getterName()).isEqualTo("isActive");
        assertThat(attribute(employee, "active").setterName()).isEqualTo("setActive");
        assertThat(attribute(employee, "department").element().getSimpleName().toString()).isEqualTo("getDepartment");
        assertThat(employee.versionAttribute()).map(AttributeModel::propertyName).hasValue("version");

        assertThat(employee.secondaryIndexes()).extracting(IndexModel::name)
                .containsExactly("DepartmentIndex", "HireDateIndex", "StatusLocationIndex");
        IndexModel department = employee.secondaryIndexes().get(0);
        assertThat(department.partitionKey().propertyName()).isEqualTo("department");
        assertThat(department.sortKey().propertyName()).isEqualTo("hireDate");
        IndexModel hireDate = employee.secondaryIndexes().get(1);
        assertThat(hireDate.partitionKey().propertyName()).isEqualTo("hireDate");
        assertThat(Names.queryMethod(hireDate)).isEqualTo("queryByHireDate");
        assertThat(employee.secondaryIndexes().get(2).sortKey().propertyName()).isEqualTo("location");
    }

    @Test
    void localIndexesAndProjections() {
        EntityModel post = read("test.BlogPost", """
                @DynamoTable(name = "posts")
                public record BlogPost(
                        @PartitionKey String postId,
                        @SortKey String authorId,
                        @LsiSortKey(index = "by_published", projection = IndexProjection.INCLUDE, include = "title")
                        Instant publishedAt,
                        @LsiSortKey(index = "by_rank", queryName = "rank", projection = IndexProjection.KEYS_ONLY)
                        int score,
                        @Attribute("title") String heading,
                        @GsiPartitionKey(index = "CategoryIndex", queryName = "category") String category,
                        @GsiPartitionKey(index = "CategoryIndex2", queryName = "categoryAgain")
                        @GsiSortKey(index = "CategoryIndex") String slug) {}
                """);
        IndexModel published = post.secondaryIndexes().get(0);
        assertThat(published.kind()).isEqualTo(IndexModel.Kind.LOCAL);
        assertThat(published.partitionKey().propertyName()).isEqualTo("postId");
        assertThat(published.sortKey().propertyName()).isEqualTo("publishedAt");
        assertThat(published.projection()).isEqualTo(IndexModel.Projection.INCLUDE);
        assertThat(published.include()).containsExactly("title");
        assertThat(published.allowsConsistentRead()).isTrue();
        assertThat(Names.localIndexMethod(published)).isEqualTo("byPublishedAt");
        IndexModel rank = post.secondaryIndexes().get(1);
        assertThat(rank.projection()).isEqualTo(IndexModel.Projection.KEYS_ONLY);
        assertThat(Names.localIndexMethod(rank)).isEqualTo("byRank");
        assertThat(post.secondaryIndexes()).extracting(IndexModel::name)
                .containsExactly("by_published", "by_rank", "CategoryIndex", "CategoryIndex2");
        assertThat(post.secondaryIndexes().get(2).sortKey().propertyName()).isEqualTo("slug");
        assertThat(Names.queryMethod(post.secondaryIndexes().get(3))).isEqualTo("queryByCategoryAgain");
    }

    @Test
    void everySupportedType() {
        EntityModel all = read("test.AllTypes", """
                @DynamoTable
                public record AllTypes(
                        @PartitionKey UUID id,
                        @SortKey Instant at,
                        String s, int i, Integer boxed, long l, short sh, byte b, float f, double d, boolean flag,
                        Boolean boxedFlag, BigDecimal decimal, BigInteger integer, byte[] bytes,
                        software.amazon.awssdk.core.SdkBytes sdkBytes, ByteBuffer buffer,
                        LocalDate date, LocalDateTime dateTime, LocalTime time, OffsetDateTime offset,
                        ZonedDateTime zoned, Duration duration, Color color,
                        List<List<Address>> nested, Map<String, Integer> counts, Set<String> tags,
                        Set<Long> numbers, Set<byte[]> blobs, Optional<Address> address,
                        @Convert(AllTypes.PointConverter.class) Point point) {
                    public enum Color { RED }
                    @DynamoDocument public record Address(String street) {}
                    public record Point(int x, int y) {}
                    public static final class PointConverter implements dev.dynaq.AttributeConverter<Point> {
                        public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(Point p) {
                            return null;
                        }
                        public Point fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
                            return null;
                        }
                    }
                }
                """);
        assertThat(all.attributes()).extracting(attribute -> attribute.type().kind()).containsExactly(
                Kind.UUID, Kind.INSTANT, Kind.STRING, Kind.INT, Kind.INT, Kind.LONG, Kind.SHORT, Kind.BYTE, Kind.FLOAT,
                Kind.DOUBLE, Kind.BOOLEAN, Kind.BOOLEAN, Kind.BIG_DECIMAL, Kind.BIG_INTEGER, Kind.BYTES,
                Kind.SDK_BYTES, Kind.BYTE_BUFFER, Kind.LOCAL_DATE, Kind.LOCAL_DATE_TIME, Kind.LOCAL_TIME,
                Kind.OFFSET_DATE_TIME, Kind.ZONED_DATE_TIME, Kind.DURATION, Kind.ENUM, Kind.LIST, Kind.MAP, Kind.SET,
                Kind.SET, Kind.SET, Kind.OPTIONAL, Kind.CONVERTED);
        assertThat(attribute(all, "i").type().isPrimitive()).isTrue();
        assertThat(attribute(all, "boxed").type().isPrimitive()).isFalse();
        TypeMapping nested = attribute(all, "nested").type();
        assertThat(nested.element().element().kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(nested.element().element().support()).isEqualTo(ClassName.get("test", "AllTypes", "Address"));
        assertThat(attribute(all, "counts").type().element().kind()).isEqualTo(Kind.INT);
        assertThat(attribute(all, "tags").type().stored()).isEqualTo(Stored.SS);
        assertThat(attribute(all, "numbers").type().stored()).isEqualTo(Stored.NS);
        assertThat(attribute(all, "blobs").type().stored()).isEqualTo(Stored.BS);
        assertThat(attribute(all, "address").type().valueMapping().kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(attribute(all, "point").type().support())
                .isEqualTo(ClassName.get("test", "AllTypes", "PointConverter"));
        assertThat(attribute(all, "point").type().javaType().toString()).isEqualTo("test.AllTypes.Point");
    }

    @Test
    void documentHasNoTableParts() {
        EntityModel address = read("test.Address", """
                @DynamoDocument
                public class Address {
                    private String street;
                    private List<Address> previous;
                    public String getStreet() { return street; }
                    public void setStreet(String street) { this.street = street; }
                    public List<Address> getPrevious() { return previous; }
                    public void setPrevious(List<Address> previous) { this.previous = previous; }
                }
                """);
        assertThat(address.document()).isTrue();
        assertThat(address.tableName()).isNull();
        assertThat(address.primaryKey()).isNull();
        assertThat(address.secondaryIndexes()).isEmpty();
        assertThat(address.attributes()).extracting(AttributeModel::propertyName).containsExactly("street", "previous");
        assertThat(address.attributes().get(1).type().element().support())
                .isEqualTo(ClassName.get("test", "Address"));
    }

    @Test
    void explicitQueryNameResolvesAClash() {
        EntityModel order = read("test.Order", """
                @DynamoTable
                public record Order(
                        @PartitionKey String id,
                        @GsiPartitionKey(index = "by_status")
                        @GsiPartitionKey(index = "by_status_v2", queryName = "statusV2") String status) {}
                """);
        assertThat(order.secondaryIndexes()).extracting(Names::queryMethod)
                .containsExactly("queryByStatus", "queryByStatusV2");
    }

    @Test
    void validEntityGetsNoReaderError() {
        Compilation compilation = CompileSupport.compile(CompileSupport.source("""
                @DynamoTable(name = "products")
                public record Product(@PartitionKey String productId, String name, double price, boolean inStock) {}
                """));
        assertNoReaderErrors(compilation);
    }

    @Test
    void brokenEntityDoesNotStopItsNeighbour() {
        JavaFileObject broken = CompileSupport.source("""
                @DynamoTable
                public record Broken(String id, Object thing) {}
                """);
        JavaFileObject valid = CompileSupport.source("""
                @DynamoTable
                public record Valid(@PartitionKey String id, String name) {}
                """);
        Compilation compilation = CompileSupport.compile(broken, valid);
        assertThat(readerErrors(compilation)).singleElement()
                .satisfies(text -> assertThat(text).startsWith("[DYNAQ-TYPE-UNSUPPORTED] Property 'thing'"));
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String text = error.getMessage(Locale.ROOT);
            if (text.startsWith("[DYNAQ-") && !text.startsWith("[DYNAQ-INTERNAL]")) {
                assertThat(error.getSource()).isSameAs(broken);
            }
        }
    }

    @Test
    void typeGeneratedInALaterRoundIsDeferredNotReported() {
        Compilation compilation = Compiler.javac()
                // The generator goes first: Dynaq claims its annotations, so a later "*" processor would not run.
                .withProcessors(new AddressGenerator(), new DynaqProcessor())
                .compile(CompileSupport.source("""
                        @DynamoTable
                        public record Customer(@PartitionKey String id, test.gen.Address address) {}
                        """));
        assertNoReaderErrors(compilation);
    }

    /** Generates a {@code @DynamoDocument} in the first round, as another processor would. */
    private static final class AddressGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done) {
                return false;
            }
            done = true;
            try (Writer out = processingEnv.getFiler().createSourceFile("test.gen.Address").openWriter()) {
                out.write("package test.gen;\n@dev.dynaq.annotation.DynamoDocument\n"
                        + "public record Address(String street) {}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }

    @Test
    void everyMessageOfABrokenEntityIsInItsReport() {
        ModelCapture capture = new ModelCapture();
        Compiler.javac().withProcessors(capture).compile(CompileSupport.source("""
                @DynamoTable
                public record Order(@PartitionKey List<String> id, @Version String version) {}
                """));
        ReadResult result = capture.result("test.Order");
        assertThat(result.entity()).isEmpty();
        assertThat(result.deferred()).isFalse();
        assertThat(result.report().messages()).extracting(message -> message.text().substring(0, message.text().indexOf(']') + 1))
                .containsExactly("[DYNAQ-KEY-TYPE]", "[DYNAQ-VERSION-TYPE]");
        assertThat(List.of(result.report().hasErrors())).containsExactly(true);
    }
}
