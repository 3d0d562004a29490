package dev.dynaq.processor.codegen.infra;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityKeyModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The access patterns of one entity, derived from its model the way the table writer generates them:
 * {@code get} by the full key, the table query, one query per global index, and the switch of the table
 * query to each local index; for each the key condition DynamoDB receives, the sort-key conditions the
 * generated query type offers, whether it may read consistently, and which attributes it returns.
 */
final class AccessPatterns {
    /** The sort-key condition suffixes every sort key gets; {@code BeginsWith} is added for strings and binary. */
    private static final List<String> COMPARISONS = List.of("Eq", "Lt", "Le", "Gt", "Ge", "Between");
    /** The DynamoDB operators of {@link #COMPARISONS}. */
    private static final List<String> OPERATORS = List.of("=", "<", "<=", ">", ">=", "BETWEEN");

    private AccessPatterns() {
    }

    /** What one generated read reaches. */
    enum Reads {
        /** GetItem on the table. */
        GET("GetItem", "table"),
        /** Query on the table. */
        TABLE("Query", "table"),
        /** Query on a global secondary index. */
        GLOBAL_INDEX("Query", "global index"),
        /** Query on a local secondary index. */
        LOCAL_INDEX("Query", "local index");

        final String operation;
        final String label;

        Reads(String operation, String label) {
            this.operation = operation;
            this.label = label;
        }
    }

    /**
     * One generated read.
     *
     * @param method the call on the generated table, such as {@code queryByStatus(OrderStatus status)}
     * @param reads what it reads
     * @param indexName the index, or {@code null} for the table
     * @param partitionKey the partition key attribute the key condition tests for equality
     * @param sortKey the sort key attribute: equal for {@code get}, optionally conditioned for a query; or {@code null}
     * @param sortKeyOperators the DynamoDB operators a query's sort-key condition may use
     * @param sortKeyMethods the generated sort-key condition methods
     * @param consistentRead whether it may read strongly consistent
     * @param projection the projection of what it reads
     * @param returns the attribute names it returns; empty for every attribute
     */
    record Pattern(String method, Reads reads, String indexName, String partitionKey, String sortKey,
            List<String> sortKeyOperators, List<String> sortKeyMethods, boolean consistentRead,
            IndexModel.Projection projection, List<String> returns) {

        /** @return {@code customerId = :customerId [AND orderId = | < | ...]}: the key condition's shape */
        String keyCondition() {
            StringBuilder out = new StringBuilder(partitionKey).append(" = :").append(partitionKey);
            if (sortKey != null) {
                out.append(reads == Reads.GET ? " AND " + sortKey + " = :" + sortKey
                        : " [AND " + sortKey + " " + String.join(" | ", sortKeyOperators) + "]");
            }
            return out.toString();
        }
    }

    /** @return the entity's reads: get, the table query, each local index from it, each global index query */
    static List<Pattern> of(EntityModel entity) {
        IndexModel primary = entity.primaryKey();
        List<Pattern> patterns = new ArrayList<>();
        List<AttributeModel> keys = keys(primary);
        List<String> parameters = new ArrayList<>();
        for (AttributeModel key : keys) {
            parameters.add(parameter(key));
        }
        patterns.add(new Pattern("get(" + String.join(", ", parameters) + ")", Reads.GET, null,
                primary.partitionKey().attributeName(), primary.sortKey() == null ? null : primary.sortKey().attributeName(),
                List.of(), List.of(), true, IndexModel.Projection.ALL, List.of()));
        String tableQuery = Names.queryMethod(primary) + "(" + parameter(primary.partitionKey()) + ")";
        patterns.add(query(entity, primary, tableQuery, Reads.TABLE));
        for (IndexModel index : entity.secondaryIndexes()) {
            if (index.kind() == IndexModel.Kind.LOCAL) {
                patterns.add(query(entity, index, tableQuery + "." + Names.localIndexMethod(index) + "()", Reads.LOCAL_INDEX));
            }
        }
        for (IndexModel index : entity.secondaryIndexes()) {
            if (index.kind() == IndexModel.Kind.GLOBAL) {
                patterns.add(query(entity, index, Names.queryMethod(index) + "(" + parameter(index.partitionKey()) + ")",
                        Reads.GLOBAL_INDEX));
            }
        }
        return patterns;
    }

    /**
     * @return the attributes that are no key of the table or of any index, by DynamoDB name; for an entity of
     *     a shared table, those that are no variable of its key templates
     */
    static List<String> unreached(EntityModel entity) {
        Set<String> keys = new LinkedHashSet<>();
        if (entity.singleTable() != null) {
            for (EntityKeyModel key : entity.singleTable().allKeys()) {
                for (AttributeModel variable : key.partition().variables()) {
                    keys.add(variable.attributeName());
                }
                for (AttributeModel variable : key.sort().variables()) {
                    keys.add(variable.attributeName());
                }
            }
        }
        for (IndexModel index : entity.singleTable() != null ? List.<IndexModel>of() : entity.allIndexes()) {
            for (AttributeModel key : keys(index)) {
                keys.add(key.attributeName());
            }
        }
        List<String> unreached = new ArrayList<>();
        for (AttributeModel attribute : entity.attributes()) {
            if (!keys.contains(attribute.attributeName())) {
                unreached.add(attribute.attributeName());
            }
        }
        return unreached;
    }

    private static Pattern query(EntityModel entity, IndexModel index, String method, Reads reads) {
        AttributeModel sortKey = index.sortKey();
        List<String> operators = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        if (sortKey != null) {
            operators.addAll(OPERATORS);
            List<String> suffixes = new ArrayList<>(COMPARISONS);
            if (sortKey.type().kind() == TypeMapping.Kind.STRING || sortKey.type().stored() == TypeMapping.Stored.B) {
                operators.add("begins_with");
                suffixes.add("BeginsWith");
            }
            for (String suffix : suffixes) {
                methods.add(Names.sortKeyMethod(sortKey, suffix));
            }
        }
        return new Pattern(method, reads, index.name(), index.partitionKey().attributeName(),
                sortKey == null ? null : sortKey.attributeName(), operators, methods, index.allowsConsistentRead(),
                index.projection(), returns(entity, index));
    }

    /** @return the attributes a query of the index returns; empty for all */
    private static List<String> returns(EntityModel entity, IndexModel index) {
        if (index.projection() == IndexModel.Projection.ALL) {
            return List.of();
        }
        Set<String> returned = new LinkedHashSet<>();
        for (AttributeModel key : keys(entity.primaryKey())) {
            returned.add(key.attributeName());
        }
        for (AttributeModel key : keys(index)) {
            returned.add(key.attributeName());
        }
        returned.addAll(index.include());
        return List.copyOf(returned);
    }

    private static List<AttributeModel> keys(IndexModel index) {
        return index.sortKey() == null ? List.of(index.partitionKey()) : List.of(index.partitionKey(), index.sortKey());
    }

    /** @return {@code String customerId} */
    private static String parameter(AttributeModel key) {
        return simpleName(key.type().javaType()) + " " + key.propertyName();
    }

    private static String simpleName(TypeName type) {
        return type instanceof ClassName name ? String.join(".", name.simpleNames()) : type.toString();
    }
}
