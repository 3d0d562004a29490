package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import dev.dynaq.spi.GeneratedTable;
import dev.dynaq.spi.TableIndex;
import java.beans.Introspector;
import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers each generated table of the application as a bean of its own type ({@code OrderTable}
 * {@code orderTable}, {@code OrderAsyncTable orderAsyncTable}; of a single-table design, the shared
 * {@code ShopTable shopTable} and each entity's {@code CustomerTable customerTable}), from the table indexes Dynaq's processor
 * wrote: no class-path scanning, no reflection. A table class the application already defines a bean of
 * is left to that bean. Async tables are lazy, so the async client is only built when one is used.
 */
class GeneratedTableRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware, BeanFactoryAware {
    /** The bean name of {@link DynaqTables}. */
    static final String TABLES_BEAN = "dynaqTables";

    private ClassLoader classLoader;
    private ListableBeanFactory beanFactory;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ListableBeanFactory) beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        List<GeneratedTable<?>> tables = TableIndex.load(classLoader);
        DynaqTables all = new DynaqTables(tables);
        if (!registry.containsBeanDefinition(TABLES_BEAN)) {
            registry.registerBeanDefinition(TABLES_BEAN, new RootBeanDefinition(DynaqTables.class, () -> all));
        }
        for (GeneratedTable<?> table : tables) {
            register(registry, table);
        }
    }

    private <S> void register(BeanDefinitionRegistry registry, GeneratedTable<S> table) {
        if (beanFactory.getBeanNamesForType(table.type(), true, false).length > 0) {
            return;   // the application's own bean of this table class wins
        }
        RootBeanDefinition definition = new RootBeanDefinition(table.type(), () -> create(table));
        definition.setLazyInit(table.isAsync());
        definition.setDescription("Dynaq generated table " + table.type().getName());
        String name = Introspector.decapitalize(table.type().getSimpleName());
        registry.registerBeanDefinition(registry.containsBeanDefinition(name) ? table.type().getName() : name, definition);
    }

    private <S> S create(GeneratedTable<S> table) {
        // with dynaq.create-tables=true, the tables exist before the first table bean is handed out
        beanFactory.getBeanProvider(DynaqTableInitializer.class).ifAvailable(initializer -> { });
        return table.create(beanFactory.getBean(Dynaq.class));
    }
}
