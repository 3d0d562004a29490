package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import dev.dynaq.internal.TableFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * With {@code dynaq.create-tables=true}: creates, when the application context starts and before any
 * table bean is handed out, every DynamoDB table of the application that does not exist yet, and waits
 * until each is active. Existing tables are left as they are (not compared, not updated).
 */
public class DynaqTableInitializer implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(DynaqTableInitializer.class);

    private final DynaqTables tables;
    private final Dynaq dynaq;
    private List<String> created = List.of();

    /**
     * @param tables the application's tables
     * @param dynaq the environment: its sync client and table names
     */
    public DynaqTableInitializer(DynaqTables tables, Dynaq dynaq) {
        this.tables = tables;
        this.dynaq = dynaq;
    }

    @Override
    public void afterPropertiesSet() {
        DynamoDbClient client = dynaq.client().orElseThrow(() -> new IllegalStateException(
                "dynaq.create-tables=true needs a sync DynamoDbClient in the Dynaq environment"));
        List<String> made = new ArrayList<>();
        for (CreateTableRequest request : tables.definitions(dynaq)) {
            if (create(client, request)) {
                made.add(request.tableName());
            }
        }
        created = List.copyOf(made);
    }

    /** @return the physical names of the tables this initializer created, sorted */
    public List<String> created() {
        return created;
    }

    private static boolean create(DynamoDbClient client, CreateTableRequest request) {
        String name = request.tableName();
        try {
            client.describeTable(b -> b.tableName(name));
            return false;
        } catch (ResourceNotFoundException absent) {
            // created below
        }
        boolean created;
        try {
            client.createTable(request);
            created = true;
            LOG.info("Created DynamoDB table " + name + " (dynaq.create-tables=true)");
        } catch (ResourceInUseException raced) {
            created = false;   // another instance is creating it: wait for it like for ours
        }
        try (DynamoDbWaiter waiter = client.waiter()) {
            waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(name).build(), TableFactory.TABLE_WAIT);
        }
        return created;
    }
}
