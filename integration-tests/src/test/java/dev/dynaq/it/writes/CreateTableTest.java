package dev.dynaq.it.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Table;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.BlogPost;
import dev.dynaq.it.model.BlogPostTable;
import dev.dynaq.it.model.Employee;
import dev.dynaq.it.model.EmployeeTable;
import dev.dynaq.it.model.Everything;
import dev.dynaq.it.model.EverythingTable;
import dev.dynaq.it.model.Invoice;
import dev.dynaq.it.model.InvoiceTable;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Product;
import dev.dynaq.it.model.ProductTable;
import dev.dynaq.it.roundtrip.EverythingValues;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * {@code createTable()} of every seed model's generated table, on a fresh table name: the table is
 * usable at once and each of its indexes answers a query; {@code deleteTable()} removes it.
 */
@DynaqTest
class CreateTableTest {

    /** Creates the table, runs the checks, and always deletes the table again. */
    private static <T, X extends Table<T>> void withFreshTable(X table, Consumer<X> checks) {
        table.createTable();
        try {
            checks.accept(table);
        } finally {
            table.deleteTable();
        }
        assertThatThrownBy(() -> table.scan().count()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void product(DynamoDbClient client) {
        withFreshTable(ProductTable.create(client, "fresh_products"), products -> {
            assertThat(products.createTableRequest().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            products.put(new Product("p1", "Lamp", 10, true));
            assertThat(products.queryByProductId("p1").list()).extracting(Product::getName).containsExactly("Lamp");
        });
    }

    @Test
    void orderWithAGlobalAndALocalIndex(DynamoDbClient client) {
        withFreshTable(OrderTable.create(client, "fresh_orders"), orders -> {
            CreateTableRequest request = orders.createTableRequest();
            assertThat(request.globalSecondaryIndexes()).extracting(GlobalSecondaryIndex::indexName).containsExactly("order_by_status");
            assertThat(request.localSecondaryIndexes()).extracting(LocalSecondaryIndex::indexName).containsExactly("by_created_at");

            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            Order early = new Order("c1", "o1", BigDecimal.ONE, List.of(), OrderStatus.PAID, t0);
            Order late = new Order("c1", "o2", BigDecimal.TEN, List.of(), OrderStatus.PENDING, t0.plusSeconds(3600));
            orders.put(early);
            orders.put(late);

            assertThat(orders.queryByStatus(OrderStatus.PENDING).list()).containsExactly(late);
            assertThat(orders.queryByCustomerId("c1").byCreatedAt().createdAtGt(t0).list()).containsExactly(late);
        });
    }

    @Test
    void blogPostWithACategoryIndex(DynamoDbClient client) {
        withFreshTable(BlogPostTable.create(client, "fresh_blog_posts"), posts -> {
            BlogPost post = new BlogPost();
            post.setPostId("post-1");
            post.setAuthorId("alice");
            post.setCategory("news");
            post.setSlug("hello-world");
            posts.put(post);

            assertThat(posts.queryByCategory("news").slugBeginsWith("hello").list()).extracting(BlogPost::getPostId)
                    .containsExactly("post-1");
        });
    }

    @Test
    void employeeWithThreeIndexesSharingAnAttribute(DynamoDbClient client) {
        withFreshTable(EmployeeTable.create(client, "fresh_employees"), employees -> {
            LocalDate hired = LocalDate.of(2024, 3, 1);
            Employee ada = new Employee("e1", "Ada", "Lovelace", "R&D", hired, "ACTIVE", "London");
            employees.put(ada);
            employees.put(new Employee("e2", "Alan", "Turing", "R&D", hired.plusYears(1), "LEFT", "Manchester"));

            assertThat(employees.queryByDepartment("R&D").hireDateLt(hired.plusDays(1)).list()).containsExactly(ada);
            assertThat(employees.queryByHireDate(hired).list()).containsExactly(ada);
            assertThat(employees.queryByStatus("ACTIVE").locationBeginsWith("Lon").list()).containsExactly(ada);
        });
    }

    @Test
    void everythingWithBinaryNumberAndTimeIndexKeys(DynamoDbClient client) {
        withFreshTable(EverythingTable.create(client, "fresh_everything"), everything -> {
            Everything item = everything.save(EverythingValues.full(1));

            assertThat(everything.queryByColor(item.color()).bytesEq(item.bytes()).list()).extracting(Everything::seq)
                    .containsExactly(1L);
            assertThat(everything.queryByTextual("indexed").indexedNumberLt(BigDecimal.ZERO).list()).extracting(Everything::seq)
                    .containsExactly(1L);
            assertThat(everything.queryById(EverythingValues.ID).bySdkBytes().sdkBytesEq(item.sdkBytes()).list())
                    .extracting(Everything::seq).containsExactly(1L);
            assertThat(everything.queryById(EverythingValues.ID).byTime().instantLe(item.instant()).list())
                    .extracting(Everything::seq).containsExactly(1L);
        });
    }

    @Test
    void accountAndInvoice(DynamoDbClient client) {
        withFreshTable(AccountTable.create(client, "fresh_accounts"), accounts -> {
            Account account = new Account();
            account.setAccountId("a1");
            accounts.put(account);
            assertThat(accounts.queryByAccountId("a1").list()).extracting(Account::getVersion).containsExactly(1L);
        });
        withFreshTable(InvoiceTable.create(client, "fresh_invoices"), invoices -> {
            Invoice invoice = new Invoice();
            invoice.setId(7L);
            invoice.setCustomerId("c1");
            invoices.put(invoice);
            assertThat(invoices.queryByCustomerId("c1").list()).extracting(Invoice::getId).containsExactly(7L);
        });
    }
}
