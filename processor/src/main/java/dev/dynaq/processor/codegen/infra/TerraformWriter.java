package dev.dynaq.processor.codegen.infra;

import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code META-INF/dynaq/infra/<table>.tf.json}: the table as one Terraform {@code aws_dynamodb_table}
 * resource in Terraform's JSON syntax, with the content of the CloudFormation template: {@code attribute}
 * blocks for the key attributes only (more would make every plan show a change), {@code hash_key} and
 * {@code range_key}, a {@code global_secondary_index} and {@code local_secondary_index} block per index,
 * {@code billing_mode = PAY_PER_REQUEST}, a {@code ttl} block where the model has a time to live, and
 * {@code stream_enabled}/{@code stream_view_type} when {@code -Adynaq.infra.stream} asks for a stream.
 */
public final class TerraformWriter {
    /** The file name suffix. */
    public static final String SUFFIX = ".tf.json";

    private final StreamViewType stream;

    /** @param stream the stream of every table, or {@code null} for none */
    public TerraformWriter(StreamViewType stream) {
        this.stream = stream;
    }

    /**
     * @param table a table of the compilation
     * @return the Terraform file
     */
    public ResourceFile write(TableModel table) {
        Json.Obj resource = Json.object()
                .put("name", table.name())
                .put("billing_mode", "PAY_PER_REQUEST")
                .put("hash_key", table.primaryKey().partitionKey());
        if (table.primaryKey().sortKey() != null) {
            resource.put("range_key", table.primaryKey().sortKey());
        }
        List<Json.Obj> attributes = new ArrayList<>();
        for (TableModel.KeyAttribute attribute : table.attributeDefinitions()) {
            attributes.add(Json.object().put("name", attribute.name()).put("type", attribute.type().name()));
        }
        resource.put("attribute", attributes);
        if (!table.globalIndexes().isEmpty()) {
            List<Json.Obj> globals = new ArrayList<>();
            for (TableModel.Index index : table.globalIndexes()) {
                Json.Obj block = Json.object().put("name", index.name())
                        .put("hash_key", index.partitionKey());
                if (index.sortKey() != null) {
                    block.put("range_key", index.sortKey());
                }
                globals.add(projection(block, index));
            }
            resource.put("global_secondary_index", globals);
        }
        if (!table.localIndexes().isEmpty()) {
            List<Json.Obj> locals = new ArrayList<>();
            for (TableModel.Index index : table.localIndexes()) {
                locals.add(projection(Json.object().put("name", index.name())
                        .put("range_key", index.sortKey()), index));
            }
            resource.put("local_secondary_index", locals);
        }
        if (table.timeToLive() != null) {
            resource.put("ttl", Json.object().put("attribute_name", table.timeToLive()).put("enabled", true));
        }
        if (stream != null) {
            resource.put("stream_enabled", true).put("stream_view_type", stream.name());
        }
        Json.Obj file = Json.object()
                .put("//", TableResources.description(table))
                .put("resource", Json.object()
                        .put("aws_dynamodb_table", Json.object().put(resourceName(table), resource)));
        return new ResourceFile(TableResources.path(table, SUFFIX), Json.write(file));
    }

    /**
     * @return the resource name: the table name with every character Terraform does not allow in an
     *     identifier replaced by {@code _}, and {@code _} before a leading digit or dash
     */
    public static String resourceName(TableModel table) {
        StringBuilder out = new StringBuilder(table.name().length() + 1);
        for (int i = 0; i < table.name().length(); i++) {
            char c = table.name().charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-') ? c : '_');
        }
        if (!Character.isLetter(out.charAt(0)) && out.charAt(0) != '_') {
            out.insert(0, '_');
        }
        return out.toString();
    }

    private static Json.Obj projection(Json.Obj block, TableModel.Index index) {
        block.put("projection_type", TableResources.projectionType(index));
        if (index.projection() == IndexModel.Projection.INCLUDE) {
            block.put("non_key_attributes", List.copyOf(index.include()));
        }
        return block;
    }
}
