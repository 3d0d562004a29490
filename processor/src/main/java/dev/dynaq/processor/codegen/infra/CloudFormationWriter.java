package dev.dynaq.processor.codegen.infra;

import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code META-INF/dynaq/infra/<table>.cfn.json}: a CloudFormation template with the table as one
 * {@code AWS::DynamoDB::Table} resource, the same table {@code createTable()} creates: the key
 * attributes' definitions (and no other attribute), the key schema, every global and local index with
 * its projection, on-demand billing ({@code PAY_PER_REQUEST}), the time to live where the model has one,
 * and the stream when {@code -Adynaq.infra.stream} asks for one.
 */
public final class CloudFormationWriter {
    /** The file name suffix. */
    public static final String SUFFIX = ".cfn.json";

    private final StreamViewType stream;

    /** @param stream the stream of every table, or {@code null} for none */
    public CloudFormationWriter(StreamViewType stream) {
        this.stream = stream;
    }

    /**
     * @param table a table of the compilation
     * @return the template
     */
    public ResourceFile write(TableModel table) {
        Json.Obj properties = Json.object()
                .put("TableName", table.name())
                .put("BillingMode", "PAY_PER_REQUEST");
        List<Json.Obj> definitions = new ArrayList<>();
        for (TableModel.KeyAttribute attribute : table.attributeDefinitions()) {
            definitions.add(Json.object().put("AttributeName", attribute.name()).put("AttributeType", attribute.type().name()));
        }
        properties.put("AttributeDefinitions", definitions)
                .put("KeySchema", keySchema(table.primaryKey()));
        if (!table.globalIndexes().isEmpty()) {
            properties.put("GlobalSecondaryIndexes", indexes(table.globalIndexes()));
        }
        if (!table.localIndexes().isEmpty()) {
            properties.put("LocalSecondaryIndexes", indexes(table.localIndexes()));
        }
        if (table.timeToLive() != null) {
            properties.put("TimeToLiveSpecification",
                    Json.object().put("AttributeName", table.timeToLive()).put("Enabled", true));
        }
        if (stream != null) {
            properties.put("StreamSpecification", Json.object().put("StreamViewType", stream.name()));
        }
        Json.Obj template = Json.object()
                .put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", TableResources.description(table))
                .put("Resources", Json.object().put(logicalId(table), Json.object()
                        .put("Type", "AWS::DynamoDB::Table")
                        .put("Properties", properties)));
        return new ResourceFile(TableResources.path(table, SUFFIX), Json.write(template));
    }

    /** @return the resource's logical id: {@code demo_orders} → {@code DemoOrdersTable} */
    public static String logicalId(TableModel table) {
        return TableResources.pascalCase(table.name()) + "Table";
    }

    private static List<Json.Obj> indexes(List<TableModel.Index> indexes) {
        List<Json.Obj> out = new ArrayList<>(indexes.size());
        for (TableModel.Index index : indexes) {
            Json.Obj projection = Json.object().put("ProjectionType", TableResources.projectionType(index));
            if (index.projection() == IndexModel.Projection.INCLUDE) {
                projection.put("NonKeyAttributes", List.copyOf(index.include()));
            }
            out.add(Json.object()
                    .put("IndexName", index.name())
                    .put("KeySchema", keySchema(index))
                    .put("Projection", projection));
        }
        return out;
    }

    private static List<Json.Obj> keySchema(TableModel.Index index) {
        List<Json.Obj> keys = new ArrayList<>(2);
        keys.add(Json.object().put("AttributeName", index.partitionKey()).put("KeyType", "HASH"));
        if (index.sortKey() != null) {
            keys.add(Json.object().put("AttributeName", index.sortKey()).put("KeyType", "RANGE"));
        }
        return keys;
    }
}
