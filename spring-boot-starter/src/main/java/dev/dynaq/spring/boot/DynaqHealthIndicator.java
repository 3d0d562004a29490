package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The health of the application's DynamoDB tables: one DescribeTable per table. Up when every table is
 * {@code ACTIVE} or {@code UPDATING} (still serving); down when one is missing, being created or
 * deleted, or cannot be described. The details give each table's status and item count, DynamoDB's
 * estimate (refreshed about every six hours), under its physical name.
 */
public class DynaqHealthIndicator extends AbstractHealthIndicator {
    private final Dynaq dynaq;
    private final DynaqTables tables;

    /**
     * @param dynaq the environment: its sync client and table names
     * @param tables the application's tables
     */
    public DynaqHealthIndicator(Dynaq dynaq, DynaqTables tables) {
        super("DynamoDB health check failed");
        this.dynaq = dynaq;
        this.tables = tables;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        DynamoDbClient client = dynaq.client().orElseThrow(() -> new IllegalStateException("the Dynaq environment has no sync client"));
        boolean up = true;
        for (CreateTableRequest definition : tables.definitions(dynaq)) {
            String name = definition.tableName();
            Map<String, Object> detail = new LinkedHashMap<>();
            try {
                TableDescription table = client.describeTable(b -> b.tableName(name)).table();
                detail.put("status", table.tableStatusAsString());
                detail.put("itemCount", table.itemCount());
                up &= table.tableStatus() == TableStatus.ACTIVE || table.tableStatus() == TableStatus.UPDATING;
            } catch (ResourceNotFoundException missing) {
                detail.put("status", "NOT_FOUND");
                up = false;
            }
            builder.withDetail(name, detail);
        }
        builder.status(up ? Status.UP : Status.DOWN);
    }
}
