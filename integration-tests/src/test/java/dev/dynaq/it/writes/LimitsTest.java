package dev.dynaq.it.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.InvalidValueException;
import dev.dynaq.it.model.BlogPost;
import dev.dynaq.it.model.BlogPostAsyncTable;
import dev.dynaq.it.model.BlogPostTable;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.it.model.Product;
import dev.dynaq.it.model.ProductTable;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB's limits are reported by Dynaq before any request, naming the entity and the attribute,
 * rather than as a service error about "one or more parameter values".
 */
@DynaqTest(tables = {Product.class, Order.class, BlogPost.class})
class LimitsTest {
    private final AtomicInteger requests = new AtomicInteger();
    private DynamoDbClient counted;

    @BeforeEach
    void countRequests() {
        counted = UnprocessedFault.clientWith(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                requests.incrementAndGet();
            }
        }, false);
    }

    @AfterEach
    void close() {
        counted.close();
    }

    @Test
    void anItemOverFourHundredKilobytes(ProductTable products) {
        ProductTable table = ProductTable.create(counted);
        Product huge = new Product("p1", "x".repeat(401 * 1024), 1, true);

        assertThatThrownBy(() -> table.put(huge)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Product item").hasMessageContaining("'name'").hasMessageContaining("400 KB");
        assertThatThrownBy(() -> table.batchPut(List.of(new Product("p0", "small", 1, true), huge)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'name'");
        assertThat(requests).hasValue(0);
        assertThat(products.scan().count()).isZero();

        table.put(new Product("p2", "x".repeat(390 * 1024), 1, true));
        assertThat(products.get("p2")).isPresent();
    }

    @Test
    void anEmptyStringInAKey() {
        OrderTable orders = OrderTable.create(counted);

        assertThatThrownBy(() -> orders.put(new Order("", "o1", BigDecimal.ONE, List.of(), OrderStatus.PAID, Seeds.T0)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.customerId").hasMessageContaining("empty");
        assertThatThrownBy(() -> orders.get("c1", "")).isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.orderId");
        assertThatThrownBy(() -> orders.update("c1", "")).isInstanceOf(InvalidValueException.class);
        assertThat(requests).hasValue(0);
    }

    @Test
    void anEmptyStringInAnIndexKey(BlogPostTable posts, BlogPostAsyncTable asyncPosts) {
        BlogPost post = new BlogPost();
        post.setPostId("post-1");
        post.setAuthorId("alice");
        post.setCategory("");
        post.setSlug("hello");

        assertThatThrownBy(() -> BlogPostTable.create(counted).put(post)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("BlogPost.category").hasMessageContaining("CategoryIndex").hasMessageContaining("empty");
        assertThat(asyncPosts.putAsync(post)).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingCause().isInstanceOf(InvalidValueException.class).withMessageContaining("BlogPost.category");
        assertThat(requests).hasValue(0);
        assertThat(posts.get("post-1", "alice")).isEmpty();
    }

    @Test
    void aNumberOutOfDynamoDbsRange() {
        OrderTable orders = OrderTable.create(counted);

        assertThatThrownBy(() -> orders.put(new Order("c1", "o1", new BigDecimal("1E+200"), null, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.total").hasMessageContaining("1E+200");
        assertThatThrownBy(() -> orders.put(new Order("c1", "o1", new BigDecimal("1.234567890123456789012345678901234567891"), null,
                null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.total").hasMessageContaining("38");
        assertThatThrownBy(() -> orders.put(new Order("c1", "o1", null, null, null, Instant.parse("+10000-01-01T00:00:00Z"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.createdAt").hasMessageContaining("0000 to 9999");
        assertThatThrownBy(() -> ProductTable.create(counted).put(new Product("p1", "nan", Double.NaN, true)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Product.price");
        assertThatThrownBy(() -> orders.update("c1", "o1").add(Order_.total, new BigDecimal("1E-200")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.total");
        assertThat(requests).hasValue(0);
    }
}
