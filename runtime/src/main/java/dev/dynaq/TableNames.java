package dev.dynaq;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps the table name of a model ({@code @DynamoTable(name = "orders")}, {@code Order_.TABLE_NAME})
 * to the physical table of an environment: {@code dev_orders}, {@code orders-prod}. Given once to
 * {@link Dynaq.Builder#tableNames(TableNames)}, it names every table created from that {@link Dynaq}:
 * their reads and writes, {@code createTable()}, batches and transactions.
 *
 * <pre>{@code
 * TableNames.prefix("dev_")                                  // orders -> dev_orders
 * TableNames.suffix("-prod")                                 // orders -> orders-prod
 * TableNames.of(Map.of("orders", "legacy_orders"))           // listed names mapped, the others unchanged
 * TableNames.of(Map.of("orders", "legacy")).andThen(TableNames.prefix("dev_"))   // orders -> dev_legacy
 * TableNames.from(name -> System.getenv("STAGE") + "." + name)
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every name it gives is checked against DynamoDB's rules (3 to 255
 * characters of {@code [a-zA-Z0-9_.-]}) when a table is created from it.
 */
public final class TableNames {
    private static final Pattern PART = Pattern.compile("[a-zA-Z0-9_.-]*");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final TableNames UNCHANGED = new TableNames(Function.identity(), "TableNames.unchanged()");

    private final Function<String, String> mapping;
    private final String description;

    private TableNames(Function<String, String> mapping, String description) {
        this.mapping = mapping;
        this.description = description;
    }

    /** @return the names of the models as they are (the default of {@link Dynaq}) */
    public static TableNames unchanged() {
        return UNCHANGED;
    }

    /**
     * @param prefix put before every name, such as {@code "dev_"}; characters of {@code [a-zA-Z0-9_.-]}
     * @return names with the prefix
     * @throws IllegalArgumentException if the prefix has a character DynamoDB does not allow in a name
     */
    public static TableNames prefix(String prefix) {
        String checked = part(prefix, "prefix");
        return new TableNames(name -> checked + name, "TableNames.prefix(\"" + checked + "\")");
    }

    /**
     * @param suffix put after every name, such as {@code "-prod"}; characters of {@code [a-zA-Z0-9_.-]}
     * @return names with the suffix
     * @throws IllegalArgumentException if the suffix has a character DynamoDB does not allow in a name
     */
    public static TableNames suffix(String suffix) {
        String checked = part(suffix, "suffix");
        return new TableNames(name -> name + checked, "TableNames.suffix(\"" + checked + "\")");
    }

    /**
     * @param names physical names by model table name; copied. Names not listed stay unchanged
     *     (follow with {@link #andThen(TableNames)} to change them too)
     * @return names looked up in the map
     * @throws IllegalArgumentException if a physical name is not a valid DynamoDB table name
     */
    public static TableNames of(Map<String, String> names) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : Objects.requireNonNull(names, "names").entrySet()) {
            copy.put(Objects.requireNonNull(entry.getKey(), "a model table name"), check(entry.getValue(), entry.getKey(), "TableNames.of"));
        }
        Map<String, String> frozen = Map.copyOf(copy);
        return new TableNames(name -> frozen.getOrDefault(name, name), "TableNames.of(" + copy + ")");
    }

    /**
     * @param mapping gives the physical name of a model table name; called once per table created
     *     from a {@link Dynaq}, so it may be slow but must not return {@code null}
     * @return names from the function
     */
    public static TableNames from(Function<String, String> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return new TableNames(mapping, "TableNames.from(" + mapping + ")");
    }

    /**
     * @param next applied to the names this one gives
     * @return names mapped by this, then by {@code next}
     */
    public TableNames andThen(TableNames next) {
        Objects.requireNonNull(next, "next");
        if (this == UNCHANGED) {
            return next;
        }
        if (next == UNCHANGED) {
            return this;
        }
        return new TableNames(name -> next.apply(apply(name)), description + ".andThen(" + next.description + ")");
    }

    /**
     * @param modelName the model's table name, such as {@code Order_.TABLE_NAME}
     * @return the physical table name in this environment
     * @throws IllegalArgumentException if the resulting name is not a valid DynamoDB table name
     */
    public String resolve(String modelName) {
        Objects.requireNonNull(modelName, "modelName");
        return check(apply(modelName), modelName, description);
    }

    private String apply(String name) {
        return mapping.apply(name);
    }

    private static String check(String physical, String modelName, String source) {
        if (physical == null || !NAME.matcher(physical).matches()) {
            throw new IllegalArgumentException(source + " maps table '" + modelName + "' to "
                    + (physical == null ? "null" : "'" + physical + "'")
                    + ", which is not a DynamoDB table name: 3-255 characters of [a-zA-Z0-9_.-]");
        }
        return physical;
    }

    private static String part(String part, String what) {
        Objects.requireNonNull(part, what);
        if (!PART.matcher(part).matches() || part.length() > 252) {
            throw new IllegalArgumentException("table name " + what + " '" + part
                    + "' must be characters of [a-zA-Z0-9_.-] (at most 252)");
        }
        return part;
    }

    @Override
    public String toString() {
        return description;
    }
}
