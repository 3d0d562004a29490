package dev.dynaq.it.writes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.Page;
import dev.dynaq.it.model.Product;
import dev.dynaq.it.model.ProductTable;
import dev.dynaq.it.model.Product_;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** scan and parallelScan over 5,000 products, written once for the class. */
@DynaqTest(tables = Product.class, lifecycle = TableLifecycle.PER_CLASS)
class ScanTest {
    private static final int COUNT = 5_000;

    @BeforeAll
    static void seed(ProductTable products) {
        // every tenth product is out of stock; prices 0..4999
        products.batchPut(IntStream.range(0, COUNT)
                .mapToObj(i -> new Product(String.format("p%04d", i), "product " + i, i, i % 10 != 0))
                .toList());
    }

    @Test
    void parallelScanWithFourSegmentsReturnsEveryItemExactlyOnce(ProductTable products) {
        List<Product> all = products.parallelScan(4).list();

        assertThat(all).hasSize(COUNT);
        Set<String> ids = all.stream().map(Product::getProductId).collect(Collectors.toSet());
        assertThat(ids).hasSize(COUNT).contains("p0000", "p4999");
        assertThat(products.parallelScan(4).count()).isEqualTo(COUNT);
    }

    @Test
    void parallelScanOnAGivenExecutorWithAFilter(ProductTable products) {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Product> outOfStock = products.parallelScan(4, executor).filter(Product_.inStock.eq(false)).pageSize(100).list();

            assertThat(outOfStock).hasSize(COUNT / 10).allSatisfy(p -> assertThat(p.isInStock()).isFalse());
            assertThat(new HashSet<>(outOfStock.stream().map(Product::getProductId).toList())).hasSize(COUNT / 10);
            // Dynaq does not shut down an executor it was given
            assertThat(executor.isShutdown()).isFalse();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void scanWithAFilterAndCount(ProductTable products) {
        assertThat(products.scan().count()).isEqualTo(COUNT);
        assertThat(products.scan().filter(Product_.price.lt(100.0)).count()).isEqualTo(100);
        assertThat(products.scan().filter(Product_.price.between(10.0, 19.0).and(Product_.inStock.eq(false))).list())
                .extracting(Product::getProductId).containsExactly("p0010");
    }

    @Test
    void fetchPageWalksTheTableWithCursors(ProductTable products) {
        List<String> seen = new ArrayList<>();
        Page<Product> page = products.scan().filter(Product_.price.lt(250.0)).fetchPage(100);
        int pages = 1;
        seen.addAll(page.items().stream().map(Product::getProductId).toList());
        while (page.cursor().isPresent()) {
            assertThat(page.items()).hasSize(100);
            page = products.scan().filter(Product_.price.lt(250.0)).startCursor(page.cursor().get()).fetchPage(100);
            seen.addAll(page.items().stream().map(Product::getProductId).toList());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
    }
}
