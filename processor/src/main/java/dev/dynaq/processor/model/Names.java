package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Every generated name, in one place: {@code Order_}, {@code OrderTable}, {@code OrderAsyncTable},
 * nested {@code Outer_Inner_}, constants in UPPER_SNAKE, {@code queryByStatus}, {@code StatusQuery},
 * {@code createdAtBetween}.
 */
public final class Names {
    private Names() {
    }

    /** @return the metamodel class: {@code com.acme.Order_}, {@code com.acme.Outer_Inner_} */
    public static ClassName metamodel(ClassName entity) {
        return ClassName.get(entity.packageName(), flatName(entity) + "_");
    }

    /** @return the table class: {@code com.acme.OrderTable}, {@code com.acme.Outer_InnerTable} */
    public static ClassName table(ClassName entity) {
        return ClassName.get(entity.packageName(), flatName(entity) + "Table");
    }

    /** @return the async table class: {@code com.acme.OrderAsyncTable} */
    public static ClassName asyncTable(ClassName entity) {
        return ClassName.get(entity.packageName(), flatName(entity) + "AsyncTable");
    }

    /** @return the shared table class of a {@code @SingleTable} type: {@code com.acme.ShopTable} */
    public static ClassName sharedTable(ClassName declaration) {
        return table(declaration);
    }

    /** @return the query method of an item collection: {@code queryCustomerCollection} */
    public static String collectionQueryMethod(CollectionModel collection) {
        return "query" + collection.name() + "Collection";
    }

    /**
     * @return the name of a shared-table entity in collections: its type name ({@code @DynamoEntity(type)})
     *     when that is a Java identifier, else its simple class name; {@code Customer}, {@code OrderLine}
     */
    public static String collectionMember(EntityModel entity) {
        String type = entity.singleTableEntity().map(SingleTableEntityModel::typeName).orElse("");
        boolean usable = javax.lang.model.SourceVersion.isIdentifier(type) && !javax.lang.model.SourceVersion.isKeyword(type)
                && !type.contains("$");
        return capitalize(usable ? type : entity.className().simpleName());
    }

    /** @return {@code Customer} → {@code customer}, the accessor of an entity that appears at most once */
    public static String singular(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** @return {@code Order} → {@code orders}, {@code Address} → {@code addresses}, {@code Category} → {@code categories} */
    public static String plural(String entity) {
        String name = singular(entity);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return name + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }

    /**
     * The table index of a compilation: {@code DynaqTables_} and the CRC-32 of the entities' sorted
     * qualified names, in their longest common package. The checksum keeps two modules whose entities
     * share a package from shipping one class name twice (the class path would hide one of them).
     *
     * @param entities the table entities the index lists, at least one
     * @return {@code com.acme.DynaqTables_1c291ca3}
     */
    public static ClassName tableIndex(List<ClassName> entities) {
        List<String> names = entities.stream().map(ClassName::canonicalName).sorted().toList();
        CRC32 checksum = new CRC32();
        checksum.update(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
        List<String> common = null;
        for (ClassName entity : entities) {
            List<String> segments = entity.packageName().isEmpty() ? List.of() : Arrays.asList(entity.packageName().split("\\."));
            if (common == null) {
                common = segments;
            } else {
                int same = 0;
                while (same < common.size() && same < segments.size() && common.get(same).equals(segments.get(same))) {
                    same++;
                }
                common = common.subList(0, same);
            }
        }
        String packageName = common == null ? "" : String.join(".", common);
        return ClassName.get(packageName, String.format(Locale.ROOT, "DynaqTables_%08x", checksum.getValue()));
    }

    /** @return {@code createdAt} → {@code CREATED_AT}, {@code order_by_status} → {@code ORDER_BY_STATUS}, {@code Category-Index.v2} → {@code CATEGORY_INDEX_V2} */
    public static String constant(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
            } else {
                boolean boundary = Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous));
                if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(c);
            }
            previous = c;
        }
        String result = out.toString().toUpperCase(Locale.ROOT);
        if (result.endsWith("_")) {
            result = result.substring(0, result.length() - 1);
        }
        return result.isEmpty() || Character.isDigit(result.charAt(0)) ? "_" + result : result;
    }

    /** @return {@code customerId} → {@code CustomerId} */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** @return the query method of a primary key or GSI: {@code queryByCustomerId} */
    public static String queryMethod(IndexModel index) {
        return "queryBy" + capitalize(index.queryName());
    }

    /** @return the method on the table query that switches to an LSI: {@code byCreatedAt} */
    public static String localIndexMethod(IndexModel index) {
        return "by" + capitalize(index.queryName());
    }

    /**
     * @return the generated query type of a key: {@code CustomerIdQuery}, {@code StatusQuery}; for an
     *     LSI {@code CustomerIdByCreatedAtQuery}
     */
    public static String queryType(IndexModel index, IndexModel primaryKey) {
        if (index.kind() == IndexModel.Kind.LOCAL) {
            return capitalize(primaryKey.queryName()) + "By" + capitalize(index.queryName()) + "Query";
        }
        return capitalize(index.queryName()) + "Query";
    }

    /** @return a sort-key condition method: ({@code createdAt}, {@code Between}) → {@code createdAtBetween} */
    public static String sortKeyMethod(AttributeModel sortKey, String operation) {
        return sortKey.propertyName() + operation;
    }

    private static String flatName(ClassName entity) {
        return String.join("_", entity.simpleNames());
    }
}
