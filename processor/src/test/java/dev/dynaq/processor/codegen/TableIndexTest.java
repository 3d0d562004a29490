package dev.dynaq.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.ClassName;
import dev.dynaq.processor.DynaqAggregatingProcessor;
import dev.dynaq.processor.DynaqProcessor;
import dev.dynaq.processor.model.Names;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The table index: one generated {@code dev.dynaq.spi.TableIndex} per compilation listing every table with
 * its factories, registered in {@code META-INF/services}, written by the aggregating processor from the
 * tables the isolating one generated; off with {@code -Adynaq.tableIndex=false}.
 */
class TableIndexTest {
    private static final String SERVICE_FILE = "META-INF/services/dev.dynaq.spi.TableIndex";
    private static final ClassName INDEX =
            Names.tableIndex(List.of(ClassName.get("com.acme", "Order"), ClassName.get("com.acme", "Account")));

    @Test
    void listsEveryTableSortedByNameWithItsFactoriesAndCompilesWithoutWarnings() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), "Order", "OrderStatus", "Account", "Address");

        assertThat(compilation).succeededWithoutWarnings();
        String index = Fixtures.generated(compilation, INDEX.canonicalName());
        assertThat(index)
                .contains("public final class " + INDEX.simpleName() + " implements TableIndex {")
                .contains("@Generated(\"dev.dynaq.processor.DynaqProcessor\")")
                .contains("""
                            public List<GeneratedTable<?>> tables() {
                                return List.of(
                                        GeneratedTable.sync(AccountTable.class, AccountTable::create),
                                        GeneratedTable.async(AccountAsyncTable.class, AccountTable::createAsync),
                                        GeneratedTable.sync(OrderTable.class, OrderTable::create),
                                        GeneratedTable.async(OrderAsyncTable.class, OrderTable::createAsync));
                            }
                        """)
                .doesNotContain("Address");   // a document has no table
        assertThat(serviceFile(compilation)).isEqualTo(INDEX.reflectionName() + "\n");
    }

    @Test
    void listsASharedTableThatDefinesItsDynamoDbTableAndItsEntitiesTablesThatDoNot() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), "Shop", "ShopCustomer", "ShopOrder",
                "OrderStatus", "Order");

        assertThat(compilation).succeededWithoutWarnings();
        ClassName index = Names.tableIndex(List.of(ClassName.get("com.acme", "Order"), ClassName.get("com.acme", "Shop"),
                ClassName.get("com.acme", "ShopCustomer"), ClassName.get("com.acme", "ShopOrder")));
        assertThat(Fixtures.generated(compilation, index.canonicalName())).contains("""
                            public List<GeneratedTable<?>> tables() {
                                return List.of(
                                        GeneratedTable.sync(OrderTable.class, OrderTable::create),
                                        GeneratedTable.async(OrderAsyncTable.class, OrderTable::createAsync),
                                        GeneratedTable.of(ShopTable.class, ShopTable::create, ShopTable::tableName, ShopTable::createTableRequest),
                                        GeneratedTable.of(ShopCustomerTable.class, ShopCustomerTable::create, ShopCustomerTable::tableName, null),
                                        GeneratedTable.of(ShopOrderTable.class, ShopOrderTable::create, ShopOrderTable::tableName, null));
                            }
                        """);
        assertThat(serviceFile(compilation)).isEqualTo(index.reflectionName() + "\n");
    }

    @Test
    void theSameModelsGiveTheSameIndexInAnyOrder() {
        Compilation one = compile(List.of(), "Order", "OrderStatus", "Account", "Address");
        Compilation other = compile(List.of(), "Address", "Account", "OrderStatus", "Order");

        assertThat(Fixtures.generated(other, INDEX.canonicalName())).isEqualTo(Fixtures.generated(one, INDEX.canonicalName()));
    }

    @Test
    void isNamedAfterItsEntitiesInTheirCommonPackage() {
        ClassName orders = Names.tableIndex(List.of(ClassName.get("com.acme.shop.orders", "Order")));
        ClassName both = Names.tableIndex(List.of(ClassName.get("com.acme.shop.orders", "Order"),
                ClassName.get("com.acme.shop.customers", "Customer")));

        assertThat(orders.packageName()).isEqualTo("com.acme.shop.orders");
        assertThat(orders.simpleName()).matches("DynaqTables_[0-9a-f]{8}");
        assertThat(both.packageName()).isEqualTo("com.acme.shop");
        assertThat(both.simpleName()).isNotEqualTo(orders.simpleName());
        assertThat(Names.tableIndex(List.of(ClassName.get("a", "X"), ClassName.get("b", "Y"))).packageName()).isEmpty();
    }

    @Test
    void syncOnlyBuildsListNoAsyncTable() {
        Compilation compilation = compile(List.of("-Adynaq.asyncTables=false", "-Xlint:all", "-Werror"),
                "Order", "OrderStatus");

        assertThat(compilation).succeededWithoutWarnings();
        ClassName index = Names.tableIndex(List.of(ClassName.get("com.acme", "Order")));
        assertThat(Fixtures.generated(compilation, index.canonicalName()))
                .contains("GeneratedTable.sync(OrderTable.class, OrderTable::create));")
                .doesNotContain("async");
    }

    @Test
    void anEntityWithErrorsIsNotListed() {
        JavaFileObject broken = com.google.testing.compile.JavaFileObjects.forSourceString("com.acme.Broken", """
                package com.acme;

                import dev.dynaq.annotation.*;

                @DynamoTable(name = "broken")
                public record Broken(String noKey) {}
                """);
        Compilation compilation = Compiler.javac().withProcessors(new DynaqAggregatingProcessor(), new DynaqProcessor())
                .compile(Fixtures.model("Order"), Fixtures.model("OrderStatus"), broken);

        assertThat(compilation).failed();
        assertThat(compilation.errors()).extracting(error -> error.getMessage(null)).singleElement()
                .asString().startsWith("[DYNAQ-");
    }

    @Test
    void documentsAloneGiveNoIndex() {
        Compilation compilation = compile(List.of(), "Address");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).extracting(JavaFileObject::getName)
                .noneMatch(name -> name.contains("DynaqTables_"));
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)).isEmpty();
    }

    @Test
    void falseWritesNoIndex() {
        Compilation compilation = compile(List.of("-Adynaq.tableIndex=false"), "Order", "OrderStatus");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).extracting(JavaFileObject::getName)
                .noneMatch(name -> name.contains("DynaqTables_"));
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)).isEmpty();
    }


    @Test
    void anotherValueIsAnError() {
        Compilation compilation = compile(List.of("-Adynaq.tableIndex=yes"), "Order", "OrderStatus");

        assertThat(compilation).failed();
        assertThat(compilation.errors()).extracting(error -> error.getMessage(null))
                .containsExactly("[DYNAQ-OPTION-VALUE] Processor option -Adynaq.tableIndex=yes is not valid; use one of"
                        + " true (the default), false");
    }

    /** Compiles the models with both processors, as javac runs them from the processor path. */
    private static Compilation compile(List<String> options, String... models) {
        List<JavaFileObject> sources = new java.util.ArrayList<>();
        for (String model : models) {
            sources.add(Fixtures.model(model));
        }
        return Compiler.javac().withOptions(options).withProcessors(new DynaqAggregatingProcessor(), new DynaqProcessor())
                .compile(sources);
    }

    private static String serviceFile(Compilation compilation) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
                .orElseThrow(() -> new AssertionError(SERVICE_FILE + " was not written"));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
