package dev.dynaq.testing;

import dev.dynaq.AsyncTable;
import dev.dynaq.ItemSchema;
import dev.dynaq.Table;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The JUnit 5 extension behind {@link DynaqTest}; also usable on its own with generated schemas:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DynaqExtension DYNAMO = DynaqExtension.withTables(Order_.SCHEMA, Product_.SCHEMA);
 * }</pre>
 *
 * Reflection is used here, in test support only, to find an entity's generated {@code SCHEMA} and a
 * generated table's {@code create} factory; generated code itself never reflects.
 */
public final class DynaqExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynaqExtension.class);
    private static final String OWNER = "tables-created-by";

    private final List<ItemSchema<?>> schemas;
    private final TableLifecycle lifecycle;

    /** Used by {@link DynaqTest}: the tables come from the annotation. */
    public DynaqExtension() {
        this(null, null);
    }

    private DynaqExtension(List<ItemSchema<?>> schemas, TableLifecycle lifecycle) {
        this.schemas = schemas;
        this.lifecycle = lifecycle;
    }

    /**
     * @param schemas generated schemas, e.g. {@code Order_.SCHEMA}, whose tables are created before each
     *     test and dropped after it
     * @return an extension to register with {@code @RegisterExtension}
     */
    public static DynaqExtension withTables(ItemSchema<?>... schemas) {
        return new DynaqExtension(List.of(schemas), TableLifecycle.PER_TEST);
    }

    /** @return this extension creating its tables once per test class instead of once per test */
    public DynaqExtension perClass() {
        return new DynaqExtension(schemas, TableLifecycle.PER_CLASS);
    }

    /** @return the server every test of this JVM uses */
    public DynamoDbLocal server() {
        return DynamoDbLocal.shared();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (lifecycle(context) == TableLifecycle.PER_CLASS) {
            createOnce(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (lifecycle(context) == TableLifecycle.PER_CLASS) {
            dropIfOwner(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (lifecycle(context) == TableLifecycle.PER_TEST) {
            createOnce(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (lifecycle(context) == TableLifecycle.PER_TEST) {
            dropIfOwner(context);
        }
    }

    /** Creates the tables unless an enclosing context (an outer class of a {@code @Nested} one) did. */
    private void createOnce(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(OWNER) != null) {
            return;
        }
        for (ItemSchema<?> schema : schemas(context)) {
            DynamoDbLocal.shared().createTable(schema);
        }
        store.put(OWNER, context.getUniqueId());
    }

    private void dropIfOwner(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (!context.getUniqueId().equals(store.get(OWNER))) {
            return;
        }
        for (ItemSchema<?> schema : schemas(context)) {
            DynamoDbLocal.shared().deleteTable(schema.tableName());
        }
        store.remove(OWNER);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DynamoDbAsyncClient.class || type == DynamoDbLocal.class
                || Table.class.isAssignableFrom(type) || AsyncTable.class.isAssignableFrom(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        DynamoDbLocal server = DynamoDbLocal.shared();
        if (type == DynamoDbClient.class) {
            return server.client();
        }
        if (type == DynamoDbAsyncClient.class) {
            return server.asyncClient();
        }
        if (type == DynamoDbLocal.class) {
            return server;
        }
        if (Table.class.isAssignableFrom(type)) {
            return invokeFactory(type, type, "create", DynamoDbClient.class, server.client());
        }
        // OrderAsyncTable is made by OrderTable.createAsync(asyncClient)
        String syncName = type.getName().replaceFirst("AsyncTable$", "Table");
        return invokeFactory(type, load(syncName, type.getClassLoader(), type), "createAsync",
                DynamoDbAsyncClient.class, server.asyncClient());
    }

    private static Object invokeFactory(Class<?> wanted, Class<?> owner, String name, Class<?> clientType, Object client) {
        try {
            Method factory = owner.getMethod(name, clientType);
            if (!Modifier.isStatic(factory.getModifiers()) || !wanted.isAssignableFrom(factory.getReturnType())) {
                throw new NoSuchMethodException(name);
            }
            return factory.invoke(null, client);
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException(wanted.getName() + " is not a Dynaq generated table: expected a static "
                    + owner.getSimpleName() + "." + name + "(" + clientType.getSimpleName() + ")", e);
        }
    }

    private TableLifecycle lifecycle(ExtensionContext context) {
        return lifecycle != null ? lifecycle : annotation(context).map(DynaqTest::lifecycle).orElse(TableLifecycle.PER_TEST);
    }

    private List<ItemSchema<?>> schemas(ExtensionContext context) {
        if (schemas != null) {
            return schemas;
        }
        List<ItemSchema<?>> found = new ArrayList<>();
        for (Class<?> entity : annotation(context).map(DynaqTest::tables).orElse(new Class<?>[0])) {
            found.add(schemaOf(entity));
        }
        return found;
    }

    /** The annotation on the test class or, for a {@code @Nested} class, on an enclosing class. */
    private static Optional<DynaqTest> annotation(ExtensionContext context) {
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            DynaqTest found = type.getAnnotation(DynaqTest.class);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /**
     * @param entity a {@code @DynamoTable} class, e.g. {@code com.acme.Order}
     * @return the {@code SCHEMA} of its generated metamodel, {@code com.acme.Order_}
     */
    static ItemSchema<?> schemaOf(Class<?> entity) {
        String binaryName = entity.getName();
        int packageEnd = binaryName.lastIndexOf('.');
        // the processor names the metamodel of a nested Outer.Order "Outer_Order_", in Outer's package
        String metamodel = binaryName.substring(0, packageEnd + 1)
                + binaryName.substring(packageEnd + 1).replace('$', '_') + "_";
        Class<?> metamodelClass = load(metamodel, entity.getClassLoader(), entity);
        try {
            Field field = metamodelClass.getField("SCHEMA");
            if (field.get(null) instanceof ItemSchema<?> schema) {
                return schema;
            }
        } catch (ReflectiveOperationException ignored) {
            // reported below
        }
        throw new ExtensionConfigurationException(metamodel + " has no ItemSchema SCHEMA: was it generated by Dynaq?");
    }

    private static Class<?> load(String name, ClassLoader loader, Class<?> forWhat) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ExtensionConfigurationException("cannot find " + name + " for " + forWhat.getName()
                    + ": annotate the entity with @DynamoTable and compile it with dynaq-processor on the annotation"
                    + " processor path", e);
        }
    }
}
