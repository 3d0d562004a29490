package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The state of the application's DynamoDB tables, as the health indicator of each Spring Boot line
 * reports it: one DescribeTable per table (a shared table once). Up when every table is {@code ACTIVE}
 * or {@code UPDATING} (still serving); down when one is missing, being created or deleted.
 *
 * @param up whether every table serves
 * @param details by physical table name: {@code status}, and {@code itemCount} (DynamoDB's estimate,
 *     refreshed about every six hours) for a table that exists
 */
record TableHealth(boolean up, Map<String, Map<String, Object>> details) {
    /**
     * @param dynaq the environment: its sync client and table names
     * @param tables the application's tables
     * @return their state now
     * @throws IllegalStateException if the environment has no sync client
     * @throws software.amazon.awssdk.core.exception.SdkException if DynamoDB cannot be reached
     */
    static TableHealth check(Dynaq dynaq, DynaqTables tables) {
        DynamoDbClient client = dynaq.client().orElseThrow(() -> new IllegalStateException("the Dynaq environment has no sync client"));
        boolean up = true;
        Map<String, Map<String, Object>> details = new LinkedHashMap<>();
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
            details.put(name, detail);
        }
        return new TableHealth(up, details);
    }
}
