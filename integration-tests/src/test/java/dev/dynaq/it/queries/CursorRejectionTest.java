package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.AFTER;
import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.it.model.BlogPost;
import dev.dynaq.it.model.BlogPostTable;
import dev.dynaq.it.model.Employee;
import dev.dynaq.it.model.EmployeeTable;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynamoDbLocal;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cursor strings come back from clients, so anything may arrive: garbage, altered cursors, cursors of
 * another partition, index or table. All of them are refused with an {@link InvalidCursorException}
 * before any request is sent; none makes a query read somewhere else.
 */
@DynaqTest(tables = {Order.class, Employee.class, BlogPost.class}, lifecycle = TableLifecycle.PER_CLASS)
class CursorRejectionTest {
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final byte[] SECRET = "a test secret of 32 bytes, no more".getBytes(StandardCharsets.UTF_8);
    private static final String OTHER_ENVIRONMENT = "orders_eu";
    private static final RequestLog LOG = new RequestLog();
    /** The queries under test: their requests are logged. */
    private static OrderTable orders;
    /** The same table, to make the cursors that come back. */
    private static OrderTable source;
    private static Cursor tableCursor;
    private static Cursor indexCursor;
    private static Cursor localIndexCursor;

    @BeforeAll
    static void load(OrderTable table, EmployeeTable employees, BlogPostTable posts, DynamoDbLocal local) {
        table.batchPut(SeedOrders.all());
        source = table;
        orders = OrderTable.create(LOG.syncClient());
        tableCursor = table.queryByCustomerId(MAIN).fetchPage(7).cursor().orElseThrow();
        indexCursor = table.queryByStatus(OrderStatus.PAID).fetchPage(7).cursor().orElseThrow();
        localIndexCursor = table.queryByCustomerId(MAIN).byCreatedAt().fetchPage(7).cursor().orElseThrow();

        employees.batchPut(List.of(
                new Employee("e1", "Ada", "L", "eng", LocalDate.parse("2020-01-01"), "active", "berlin"),
                new Employee("e2", "Bob", "K", "eng", LocalDate.parse("2020-02-01"), "active", "boston")));
        BlogPost post = new BlogPost();
        post.setPostId("p1");
        post.setAuthorId("a1");
        post.setCategory("java");
        post.setSlug("s1");
        BlogPost other = new BlogPost();
        other.setPostId("p1");
        other.setAuthorId("a2");
        posts.batchPut(List.of(post, other));

        local.createTable(Order_.SCHEMA, OTHER_ENVIRONMENT);
    }

    @AfterAll
    static void dropOtherEnvironment(DynamoDbLocal local) {
        local.deleteTable(OTHER_ENVIRONMENT);
    }

    @BeforeEach
    void clearLog() {
        LOG.clear();
    }

    private static OrderTable.CustomerIdQuery main() {
        return orders.queryByCustomerId(MAIN);
    }

    private static void assertRejected(String text) {
        assertThatThrownBy(() -> main().startCursor(Cursor.fromUrlSafe(text)).first())
                .as("cursor string '%s'", text)
                .isInstanceOf(InvalidCursorException.class)
                .message().isNotBlank();
    }

    @Test
    void aThousandGarbageStringsAreRejectedBeforeAnyRequest() {
        Random random = new Random(2026);
        String alphabet = URL_SAFE + "+/=.%~ é\n";
        for (int i = 0; i < 1000; i++) {
            String text;
            if (i % 2 == 0) {
                StringBuilder garbage = new StringBuilder();
                int length = random.nextInt(120);
                String chars = i % 4 == 0 ? URL_SAFE : alphabet;
                for (int j = 0; j < length; j++) {
                    garbage.append(chars.charAt(random.nextInt(chars.length())));
                }
                text = garbage.toString();
            } else {
                // well-formed base64 of random bytes, half of them with a plausible header
                byte[] bytes = new byte[1 + random.nextInt(80)];
                random.nextBytes(bytes);
                if (i % 4 == 1 && bytes.length > 3) {
                    bytes[0] = 1;
                    bytes[1] = 0;
                    bytes[2] = 0;
                }
                text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            assertRejected(text);
        }
        assertThat(LOG.requests()).isEmpty();
    }

    @Test
    void aThousandAlteredSignedCursorsAreRejectedBeforeAnyRequest() {
        OrderTable signed = orders.withSignedCursors(SECRET);
        List<String> valid = List.of(
                source.withSignedCursors(SECRET).queryByCustomerId(MAIN).fetchPage(7).cursor().orElseThrow().toUrlSafe(),
                source.withSignedCursors(SECRET).queryByCustomerId(MAIN).fetchPage(700).cursor().orElseThrow().toUrlSafe());
        // unaltered, they are accepted
        assertThat(signed.queryByCustomerId(MAIN).startCursor(Cursor.fromUrlSafe(valid.get(0))).first())
                .contains(SeedOrders.order(7));
        LOG.clear();

        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            String altered = alter(valid.get(i % 2), random);
            assertThatThrownBy(() -> signed.queryByCustomerId(MAIN).startCursor(Cursor.fromUrlSafe(altered)).first())
                    .as("altered cursor '%s'", altered)
                    .isInstanceOf(InvalidCursorException.class);
        }
        assertThat(LOG.requests()).isEmpty();
    }

    @Test
    void alteredUnsignedCursorsNeverLeaveThePartitionOrIndex() {
        String valid = tableCursor.toUrlSafe();
        Random random = new Random(13);
        int rejected = 0;
        for (int i = 0; i < 1000; i++) {
            String altered = alter(valid, random);
            try {
                Cursor decoded = Cursor.fromUrlSafe(altered);
                main().startCursor(decoded);
                // without a signature, an edit of the order id is another position of the same partition
                assertThat(decoded.indexName()).isEmpty();
                assertThat(decoded.key().get("customerId").s()).isEqualTo(MAIN);
                assertThat(decoded.key()).containsOnlyKeys("customerId", "orderId");
            } catch (InvalidCursorException e) {
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(900);
        assertThat(LOG.requests()).isEmpty();
    }

    @Test
    void validCursorsOfAnotherPartitionIndexOrTableAreRejected() {
        String otherCustomer = source.queryByCustomerId(AFTER).fetchPage(3).cursor().orElseThrow().toUrlSafe();
        assertThatThrownBy(() -> main().startCursor(Cursor.fromUrlSafe(otherCustomer)))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("cannot move a query to another partition");
        assertThatThrownBy(() -> orders.queryByStatus(OrderStatus.PENDING).startCursor(indexCursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("partition key differs");

        assertThatThrownBy(() -> main().startCursor(Cursor.fromUrlSafe(indexCursor.toUrlSafe())))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to index 'order_by_status', this query reads the table");
        assertThatThrownBy(() -> main().endCursor(localIndexCursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to index 'by_created_at', this query reads the table");
        assertThatThrownBy(() -> main().byCreatedAt().startCursor(tableCursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to the table, this query reads index 'by_created_at'");
        assertThatThrownBy(() -> orders.queryByStatus(OrderStatus.PAID).startCursor(localIndexCursor))
                .isInstanceOf(InvalidCursorException.class);
        // a cursor set before switching to the local index would be a position in the wrong index
        assertThatThrownBy(() -> main().startCursor(tableCursor).byCreatedAt())
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("set start and end cursors after choosing index 'by_created_at'");

        Cursor employee = EmployeeTable.create(DynamoDbLocal.shared().client()).queryByDepartment("eng").fetchPage(1)
                .cursor().orElseThrow();
        assertThatThrownBy(() -> main().startCursor(employee))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to index 'DepartmentIndex'");
        Cursor post = BlogPostTable.create(DynamoDbLocal.shared().client()).queryByPostId("p1").fetchPage(1)
                .cursor().orElseThrow();
        assertThatThrownBy(() -> main().startCursor(Cursor.fromUrlSafe(post.toUrlSafe())))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("it belongs to another table or index");
        assertThat(LOG.requests()).isEmpty();
    }

    @Test
    void signedCursorsAreBoundToTheirTableAndSecret(DynamoDbLocal local) {
        OrderTable europe = OrderTable.create(local.client(), OTHER_ENVIRONMENT);
        europe.put(SeedOrders.order(0));
        europe.put(SeedOrders.order(1));
        Cursor unsignedEurope = europe.queryByCustomerId(MAIN).fetchPage(1).cursor().orElseThrow();
        String signedEurope = europe.withSignedCursors(SECRET).queryByCustomerId(MAIN).fetchPage(1).cursor().orElseThrow().toUrlSafe();
        String otherSecret = source.withSignedCursors("another secret of enough length".getBytes(StandardCharsets.UTF_8))
                .queryByCustomerId(MAIN).fetchPage(1).cursor().orElseThrow().toUrlSafe();

        // a page's cursor is bound to its table: another environment's table of the same schema refuses it
        LOG.clear();
        assertThatThrownBy(() -> main().startCursor(Cursor.fromUrlSafe(unsignedEurope.toUrlSafe())).first())
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("another table, not of 'orders'");

        OrderTable signed = orders.withSignedCursors(SECRET);
        assertThatThrownBy(() -> signed.queryByCustomerId(MAIN).startCursor(Cursor.fromUrlSafe(signedEurope)).first())
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("another table");
        assertThatThrownBy(() -> signed.queryByCustomerId(MAIN).startCursor(Cursor.fromUrlSafe(otherSecret)).first())
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("signature does not match");
        assertThatThrownBy(() -> signed.queryByCustomerId(MAIN).startCursor(tableCursor).first())
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("not signed");
        assertThat(LOG.requests()).isEmpty();
    }

    /** One random edit of a cursor string: truncate, replace, insert, delete or swap characters, or extend it. */
    private static String alter(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        int at = random.nextInt(valid.length());
        char replacement = URL_SAFE.charAt(random.nextInt(URL_SAFE.length()));
        switch (random.nextInt(6)) {
            case 0 -> text.setLength(at);
            case 1 -> text.setCharAt(at, replacement == valid.charAt(at) ? (replacement == 'A' ? 'B' : 'A') : replacement);
            case 2 -> text.insert(at, replacement);
            case 3 -> text.deleteCharAt(at);
            case 4 -> {
                int other = (at + 1 + random.nextInt(valid.length() - 1)) % valid.length();
                char a = text.charAt(at);
                char b = text.charAt(other);
                if (a == b) {
                    text.setCharAt(at, a == 'A' ? 'B' : 'A');
                } else {
                    text.setCharAt(at, b);
                    text.setCharAt(other, a);
                }
            }
            default -> text.append(valid, 0, 1 + random.nextInt(8));
        }
        return text.toString();
    }
}
