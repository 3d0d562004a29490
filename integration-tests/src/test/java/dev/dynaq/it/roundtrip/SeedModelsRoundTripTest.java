package dev.dynaq.it.roundtrip;

import static dev.dynaq.it.roundtrip.Comparison.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.ItemSchema;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Account_;
import dev.dynaq.it.model.BlogPost;
import dev.dynaq.it.model.BlogPostTable;
import dev.dynaq.it.model.BlogPost_;
import dev.dynaq.it.model.Employee;
import dev.dynaq.it.model.EmployeeTable;
import dev.dynaq.it.model.Employee_;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.it.model.Product;
import dev.dynaq.it.model.ProductTable;
import dev.dynaq.it.model.Product_;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The seed models of the feature documents round-trip through DynamoDB with their generated schemas
 * and the plain client, and through their generated tables, stored under the attribute names and
 * types a user (or another tool reading the table) relies on.
 */
@DynaqTest(tables = {Product.class, Order.class, BlogPost.class, Employee.class, Account.class})
class SeedModelsRoundTripTest {

    /** Writes the item with {@code putItem}, reads it back with {@code getItem}: the raw stored attributes. */
    private static <T> Map<String, AttributeValue> putAndGet(DynamoDbClient client, ItemSchema<T> schema, T item) {
        client.putItem(b -> b.tableName(schema.tableName()).item(schema.toItem(item)));
        return client.getItem(b -> b.tableName(schema.tableName()).consistentRead(true).key(schema.primaryKey(item))).item();
    }

    @Test
    void productBean(DynamoDbClient client, ProductTable products) {
        Product product = new Product("p-1", "Lamp", 19.99, true);

        Map<String, AttributeValue> stored = putAndGet(client, Product_.SCHEMA, product);

        assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of(
                "productId", AttributeValue.fromS("p-1"),
                "name", AttributeValue.fromS("Lamp"),
                "price", AttributeValue.fromN("19.99"),
                "inStock", AttributeValue.fromBool(true)));
        assertThat(Product_.SCHEMA.fromItem(stored)).usingRecursiveComparison().isEqualTo(product);

        Product unnamed = new Product("p-2", null, 0, false);
        products.put(unnamed);
        assertThat(putAndGet(client, Product_.SCHEMA, unnamed)).doesNotContainKey("name");
        assertThat(products.get("p-2")).get().usingRecursiveComparison().isEqualTo(unnamed);
    }

    @Test
    void orderRecord(DynamoDbClient client, OrderTable orders) {
        Order order = new Order("c-1", "o-1", new BigDecimal("120.50"), List.of("book", "pen"), OrderStatus.PAID,
                Instant.parse("2026-01-02T03:04:05Z"));

        Map<String, AttributeValue> stored = putAndGet(client, Order_.SCHEMA, order);

        assertThat(stored).containsOnlyKeys("customerId", "orderId", "total", "items", "status", "createdAt");
        // DynamoDB normalizes numbers: the value is kept, trailing zeros (the BigDecimal's scale) are not
        assertThat(new BigDecimal(stored.get("total").n())).isEqualByComparingTo("120.50");
        assertThat(stored.get("items").l()).extracting(AttributeValue::s).containsExactly("book", "pen");
        assertThat(stored.get("status")).isEqualTo(AttributeValue.fromS("PAID"));
        // Instant.toString() would give "...:05Z"; the stored form always has nine fraction digits
        assertThat(stored.get("createdAt")).isEqualTo(AttributeValue.fromS("2026-01-02T03:04:05.000000000Z"));
        Order read = Order_.SCHEMA.fromItem(stored);
        assertThat(read.total()).isEqualByComparingTo(order.total());
        assertThat(read).usingRecursiveComparison().ignoringFields("total").isEqualTo(order);

        Order sparse = new Order("c-1", "o-2", null, null, null, null);
        assertThat(putAndGet(client, Order_.SCHEMA, sparse)).containsOnlyKeys("customerId", "orderId");
        orders.put(order);
        orders.put(sparse);
        assertThat(orders.get("c-1", "o-1")).get().usingRecursiveComparison().ignoringFields("total").isEqualTo(order);
        assertThat(orders.get("c-1", "o-2")).contains(sparse);
    }

    @Test
    void blogPostBean(DynamoDbClient client, BlogPostTable posts) {
        BlogPost post = new BlogPost();
        post.setPostId("post-1");
        post.setAuthorId("alice");
        post.setTitle("Hello");
        post.setContent("First post, with ünïcode");
        post.setPublishedAt(Instant.parse("2026-05-06T07:08:09.5Z"));
        post.setCategory("news");
        post.setSlug("hello");

        Map<String, AttributeValue> stored = putAndGet(client, BlogPost_.SCHEMA, post);

        assertThat(stored).containsOnlyKeys("postId", "authorId", "title", "content", "publishedAt", "category", "slug");
        assertThat(stored.get("publishedAt").s()).isEqualTo("2026-05-06T07:08:09.500000000Z");
        assertThat(BlogPost_.SCHEMA.fromItem(stored)).usingRecursiveComparison().isEqualTo(post);
        assertThat(posts.get("post-1", "alice")).get().usingRecursiveComparison().isEqualTo(post);
    }

    @Test
    void employeeRecord(DynamoDbClient client, EmployeeTable employees) {
        Employee employee = new Employee("e-1", "Ada", "Lovelace", "R&D", LocalDate.of(1843, 7, 1), "ACTIVE", "London");

        Map<String, AttributeValue> stored = putAndGet(client, Employee_.SCHEMA, employee);

        assertThat(stored.get("hireDate")).isEqualTo(AttributeValue.fromS("1843-07-01"));
        assertThat(stored).containsEntry("department", AttributeValue.fromS("R&D"))
                .containsEntry("location", AttributeValue.fromS("London"));
        assertThat(fields(Employee_.SCHEMA.fromItem(stored))).isEqualTo(fields(employee));
        assertThat(employees.get("e-1")).contains(employee);
    }

    @Test
    void accountBeanStoresRenamedAttributesAndLeavesIgnoredOnesOut(DynamoDbClient client, AccountTable accounts) {
        Account account = new Account();
        account.setAccountId("a-1");
        account.setOwner("Grace");
        account.setBalance(-250);
        account.setTags(new LinkedHashSet<>(List.of("vip", "eu")));
        account.setVersion(3);
        account.setSessionNote("not stored");

        Map<String, AttributeValue> stored = putAndGet(client, Account_.SCHEMA, account);

        assertThat(stored).containsOnlyKeys("accountId", "owner", "balance", "tag_set", "version");
        assertThat(stored.get("tag_set").ss()).containsExactlyInAnyOrder("vip", "eu");
        assertThat(stored.get("balance")).isEqualTo(AttributeValue.fromN("-250"));
        Account read = Account_.SCHEMA.fromItem(stored);
        assertThat(read.getSessionNote()).isNull();
        assertThat(read).usingRecursiveComparison().ignoringCollectionOrder().ignoringFields("sessionNote").isEqualTo(account);

        assertThat(accounts.get("a-1")).get().usingRecursiveComparison().ignoringCollectionOrder().ignoringFields("sessionNote")
                .isEqualTo(account);
    }
}
