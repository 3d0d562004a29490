package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.WriteFixtures.Invoice;
import dev.dynaq.WriteFixtures.InvoiceTable;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class CreateTableTest {
    @Test
    void theRequestHoldsTheKeysEachAttributeOnceAndEveryIndex() {
        InvoiceTable table = new InvoiceTable(LocalDynamoDb.client(), "invoices_request");
        CreateTableRequest request = table.createTableRequest();

        assertThat(request.tableName()).isEqualTo("invoices_request");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                .containsExactly("customerId:HASH", "invoiceId:RANGE");
        assertThat(request.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeType())
                .containsExactly("customerId:S", "invoiceId:S", "status:S", "total:N", "createdAt:S");
        assertThat(request.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.indexName()).isEqualTo("byStatus");
            assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(gsi.projection().nonKeyAttributes()).containsExactly("note");
            assertThat(gsi.provisionedThroughput()).isNull();
        });
        assertThat(request.localSecondaryIndexes()).singleElement().satisfies(lsi -> {
            assertThat(lsi.indexName()).isEqualTo("byCreated");
            assertThat(lsi.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                    .containsExactly("customerId:HASH", "createdAt:RANGE");
            assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
        });
    }

    @Test
    void provisionedThroughputAppliesToTheTableAndItsGlobalIndexes() {
        ProvisionedThroughput throughput = ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(3L).build();
        CreateTableRequest request = new InvoiceTable(LocalDynamoDb.client(), "invoices_request").createTableRequest(throughput);

        assertThat(request.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(request.provisionedThroughput()).isEqualTo(throughput);
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput()).isEqualTo(throughput);
        assertThat(request.keySchema().get(0).keyType()).isEqualTo(KeyType.HASH);
    }

    @Test
    void createTableMakesAnActiveTableWhoseIndexesCanBeQueriedAndDeleteTableRemovesIt() {
        InvoiceTable table = new InvoiceTable(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("invoices_created"));
        table.createTable();

        TableDescription description = LocalDynamoDb.client().describeTable(b -> b.tableName(table.tableName())).table();
        assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(description.globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("byStatus");
        assertThat(description.localSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("byCreated");

        table.put(new Invoice("c1", "i1", "OPEN", 7L, "hello", null, null, "2024-05-01"));
        table.put(new Invoice("c1", "i2", "PAID", 9L, null, null, null, "2024-04-01"));

        QueryResponse byStatus = LocalDynamoDb.client().query(b -> b.tableName(table.tableName()).indexName("byStatus")
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("OPEN"))));
        assertThat(byStatus.items()).singleElement().satisfies(item -> {
            assertThat(item.get("invoiceId").s()).isEqualTo("i1");
            assertThat(item.get("note").s()).isEqualTo("hello");
        });

        QueryResponse byCreated = LocalDynamoDb.client().query(b -> b.tableName(table.tableName()).indexName("byCreated")
                .keyConditionExpression("customerId = :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c1"))));
        assertThat(byCreated.items()).extracting(item -> item.get("invoiceId").s()).containsExactly("i2", "i1");
        assertThat(byCreated.items().get(0)).doesNotContainKey("status");

        table.deleteTable();
        assertThat(LocalDynamoDb.client().listTables().tableNames()).doesNotContain(table.tableName());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> LocalDynamoDb.client().describeTable(b -> b.tableName(table.tableName())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(List.of(description.tableName())).containsExactly(table.tableName());
    }
}
