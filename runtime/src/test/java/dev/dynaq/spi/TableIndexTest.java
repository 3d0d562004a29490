package dev.dynaq.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Dynaq;
import dev.dynaq.TableNames;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@link TableIndex#load(ClassLoader)} over the indexes registered in this module's test
 * {@code META-INF/services}: the union of their tables, sorted, each once; a table listed twice is refused.
 */
class TableIndexTest {
    /** Stands in for a generated table class. */
    record Shop(String name) {
    }

    /** Another one. */
    record Audit(String name) {
    }

    /** An index of one compilation. */
    public static final class First implements TableIndex {
        @Override
        public List<GeneratedTable<?>> tables() {
            return List.of(GeneratedTable.of(Shop.class, dynaq -> new Shop(dynaq.tableNames().resolve("shop")), Shop::name,
                    shop -> CreateTableRequest.builder().tableName(shop.name()).build()));
        }
    }

    /** The index of another compilation. */
    public static final class Second implements TableIndex {
        @Override
        public List<GeneratedTable<?>> tables() {
            return List.of(GeneratedTable.of(Audit.class, dynaq -> new Audit("audit"), Audit::name, null));
        }
    }

    @Test
    void findsTheTablesOfEveryIndexSortedByClassName() {
        List<GeneratedTable<?>> tables = TableIndex.load(getClass().getClassLoader());

        assertThat(tables).extracting(table -> table.type().getName()).containsExactly(Audit.class.getName(), Shop.class.getName());
        assertThat(tables).noneMatch(GeneratedTable::isAsync);
    }

    @Test
    void anEntryCreatesItsTableInAnEnvironmentAndDefinesIt() {
        GeneratedTable<Shop> shop = GeneratedTable.of(Shop.class, dynaq -> new Shop(dynaq.tableNames().resolve("shop")),
                Shop::name, s -> CreateTableRequest.builder().tableName(s.name()).build());
        try (DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(Apache5HttpClient.create()).build()) {
            Shop created = shop.create(Dynaq.builder().client(client).tableNames(TableNames.prefix("dev_")).build());

            assertThat(shop.tableName(created)).isEqualTo("dev_shop");
            assertThat(shop.definition(created)).map(CreateTableRequest::tableName).contains("dev_shop");
        }
        assertThat(GeneratedTable.of(Audit.class, d -> new Audit("audit"), Audit::name, null).definition(new Audit("audit")))
                .isEmpty();
    }

    @Test
    void aTableListedByTwoIndexesIsRefused(@TempDir Path folder) throws Exception {
        // a second compilation of the same model: another index listing Shop, in another class-path entry
        Path services = Files.createDirectories(folder.resolve("META-INF/services"));
        Files.writeString(services.resolve(TableIndex.class.getName()), FirstAgain.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> TableIndex.load(loader)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(Shop.class.getName() + " is listed by two table indexes")
                    .hasMessageContaining(First.class.getName()).hasMessageContaining(FirstAgain.class.getName());
        }
    }

    /** The index of a second compilation of {@link Shop}'s model. */
    public static final class FirstAgain implements TableIndex {
        @Override
        public List<GeneratedTable<?>> tables() {
            return new First().tables();
        }
    }
}
