package dev.dynaq.single;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How one entity type of a shared table composes its keys ({@code Customer_.KEYS}): its type name and
 * type attribute, the table key's templates and those of its global indexes. The item schema writes
 * them on every put, updates keep them consistent with the properties they are composed from, and
 * reads check the type. Immutable and thread-safe.
 */
public final class EntityKeys {
    /**
     * The composed key in the table or in one global index.
     *
     * @param indexName the global index, or {@code null} for the table
     * @param partitionAttribute the partition key attribute ({@code pk}, {@code gsi1pk})
     * @param partition its template
     * @param sortAttribute the sort key attribute ({@code sk}, {@code gsi1sk})
     * @param sort its template
     */
    public record IndexKey(String indexName, String partitionAttribute, KeyTemplate partition, String sortAttribute,
            KeyTemplate sort) {
        /** Validates. */
        public IndexKey {
            Objects.requireNonNull(partitionAttribute, "partitionAttribute");
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(sortAttribute, "sortAttribute");
            Objects.requireNonNull(sort, "sort");
        }

        /** @return the variables of both templates, partition first, each once */
        public List<String> variables() {
            Set<String> all = new LinkedHashSet<>(partition.variables());
            all.addAll(sort.variables());
            return List.copyOf(all);
        }

        private String where() {
            return indexName == null ? "table key" : "key in index " + indexName;
        }
    }

    /**
     * What an update adds to keep composed keys consistent.
     *
     * @param set attributes to set, by name
     * @param remove attributes to remove
     */
    public record Derived(Map<String, AttributeValue> set, List<String> remove) {
        /** Copies. */
        public Derived {
            set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
            remove = List.copyOf(remove);
        }
    }

    private final String entityName;
    private final String typeAttribute;
    private final String typeName;
    private final IndexKey tableKey;
    private final List<IndexKey> indexKeys;
    private final List<String> keyVariables;

    private EntityKeys(String entityName, String typeAttribute, String typeName, IndexKey tableKey,
            List<IndexKey> indexKeys) {
        this.entityName = Objects.requireNonNull(entityName, "entityName");
        this.typeAttribute = Objects.requireNonNull(typeAttribute, "typeAttribute");
        this.typeName = Objects.requireNonNull(typeName, "typeName");
        this.tableKey = Objects.requireNonNull(tableKey, "tableKey");
        this.indexKeys = List.copyOf(indexKeys);
        this.keyVariables = tableKey.variables();
    }

    /**
     * @param entityName the entity's simple name, for messages
     * @param typeAttribute the shared table's type attribute
     * @param typeName this entity's type name
     * @param tableKey the table key
     * @param indexKeys the keys in global indexes
     * @return the keys
     */
    public static EntityKeys of(String entityName, String typeAttribute, String typeName, IndexKey tableKey,
            List<IndexKey> indexKeys) {
        return new EntityKeys(entityName, typeAttribute, typeName, tableKey, indexKeys);
    }

    /** @return the attribute that holds each item's type */
    public String typeAttribute() {
        return typeAttribute;
    }

    /** @return this entity's type name */
    public String typeName() {
        return typeName;
    }

    /** @return the table key */
    public IndexKey tableKey() {
        return tableKey;
    }

    /** @return the keys in global indexes */
    public List<IndexKey> indexKeys() {
        return indexKeys;
    }

    /** @return the key in that global index */
    public IndexKey indexKey(String indexName) {
        for (IndexKey key : indexKeys) {
            if (key.indexName().equals(indexName)) {
                return key;
            }
        }
        throw new IllegalArgumentException(entityName + " has no key in index " + indexName);
    }

    /** @return the attribute names the table key is composed from: partition's variables, then the sort's */
    public List<String> keyVariables() {
        return keyVariables;
    }

    /**
     * @param values the values of {@link #keyVariables()}, in order, converted as keys
     * @return the table key: partition key, then sort key
     * @throws InvalidValueException if a value is null or empty
     */
    public Map<String, AttributeValue> primaryKey(List<AttributeValue> values) {
        if (values.size() != keyVariables.size()) {
            throw new IllegalArgumentException("the key of " + entityName + " has " + keyVariables.size() + " values");
        }
        Map<String, AttributeValue> components = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            components.put(keyVariables.get(i), values.get(i));
        }
        return primaryKeyOf(components);
    }

    /**
     * @param item an item's attributes (or at least the key variables')
     * @return its table key
     * @throws InvalidValueException if a key variable is null or empty
     */
    public Map<String, AttributeValue> primaryKeyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        key.put(tableKey.partitionAttribute(), AttributeValue.fromS(required(tableKey.partition(), item)));
        key.put(tableKey.sortAttribute(), AttributeValue.fromS(required(tableKey.sort(), item)));
        return key;
    }

    private String required(KeyTemplate template, Map<String, AttributeValue> item) {
        Optional<String> composed = template.compose(item);
        if (composed.isEmpty()) {
            for (String variable : template.variables()) {
                if (!KeyTemplate.present(item.get(variable))) {
                    throw new InvalidValueException(entityName + "." + variable + " is null or empty, but composes the"
                            + " table key '" + template.text() + "'; key values must be set");
                }
            }
        }
        return composed.orElseThrow();
    }

    /**
     * Adds the type attribute, the table key and every index key whose variables are all set (an item
     * with a null or empty index variable is not in that index).
     *
     * @param item the entity's attributes, as its schema wrote them; changed in place
     * @throws InvalidValueException if a table key variable is null or empty
     */
    public void addTo(Map<String, AttributeValue> item) {
        item.putAll(primaryKeyOf(item));
        item.put(typeAttribute, AttributeValue.fromS(typeName));
        for (IndexKey key : indexKeys) {
            Optional<String> partition = key.partition().compose(item);
            Optional<String> sort = key.sort().compose(item);
            if (partition.isPresent() && sort.isPresent()) {
                item.put(key.partitionAttribute(), AttributeValue.fromS(partition.get()));
                item.put(key.sortAttribute(), AttributeValue.fromS(sort.get()));
            }
        }
    }

    /**
     * @param item an item read from the shared table
     * @throws DynaqException if its type attribute names another entity type (an item without one, as a
     *     projection reads it, passes)
     */
    public void checkType(Map<String, AttributeValue> item) {
        AttributeValue type = item.get(typeAttribute);
        if (type != null && !typeName.equals(type.s())) {
            throw new DynaqException("item " + primaryKeyText(item) + " has " + typeAttribute + " '" + type.s()
                    + "', so it is not a " + entityName + " ('" + typeName + "'); read it through the table of its own"
                    + " entity type, or a collection query");
        }
    }

    private String primaryKeyText(Map<String, AttributeValue> item) {
        AttributeValue pk = item.get(tableKey.partitionAttribute());
        AttributeValue sk = item.get(tableKey.sortAttribute());
        return "(" + (pk == null ? "?" : pk.s()) + ", " + (sk == null ? "?" : sk.s()) + ")";
    }

    /**
     * The actions an update adds so that the item stays consistent: the type attribute and the table key's
     * variables (read back from the key, so that an update that creates the item creates a whole one), and
     * every index key whose variables the update sets; an index key is removed when the update removes one
     * of its variables.
     *
     * @param key the updated item's table key
     * @param assigned the attributes the update sets to a value
     * @param removed the attributes the update removes
     * @param otherwise the attributes it changes otherwise (add, append, set if absent, ...)
     * @return what to set and remove in addition
     * @throws IllegalArgumentException if the update changes a variable of the table key (the item's key
     *     cannot change), changes an index variable other than by setting or removing it, or sets some
     *     variables of an index key but not the others it needs
     */
    public Derived forUpdate(Map<String, AttributeValue> key, Map<String, AttributeValue> assigned,
            Set<String> removed, Set<String> otherwise) {
        Map<String, AttributeValue> components = new LinkedHashMap<>();
        components.putAll(tableKey.partition().decompose(text(key, tableKey.partitionAttribute())));
        components.putAll(tableKey.sort().decompose(text(key, tableKey.sortAttribute())));
        Set<String> touched = new LinkedHashSet<>(assigned.keySet());
        touched.addAll(removed);
        touched.addAll(otherwise);
        for (String variable : keyVariables) {
            if (touched.contains(variable)) {
                throw new IllegalArgumentException("update of " + entityName + ": '" + variable + "' composes its table"
                        + " key ('" + tableKey.partition().text() + "', '" + tableKey.sort().text() + "') and an update"
                        + " cannot change an item's key; delete the item and put it with the new key instead");
            }
        }
        Map<String, AttributeValue> set = new LinkedHashMap<>();
        set.put(typeAttribute, AttributeValue.fromS(typeName));
        set.putAll(components);
        List<String> remove = new ArrayList<>();
        for (IndexKey index : indexKeys) {
            List<String> own = new ArrayList<>(index.variables());
            own.removeAll(keyVariables);
            List<String> removedHere = own.stream().filter(removed::contains).toList();
            List<String> otherHere = own.stream().filter(otherwise::contains).toList();
            List<String> setHere = own.stream().filter(assigned::containsKey).toList();
            if (!otherHere.isEmpty()) {
                throw new IllegalArgumentException("update of " + entityName + ": '" + otherHere.get(0) + "' composes its "
                        + index.where() + " ('" + index.partition().text() + "', '" + index.sort().text() + "'), so it can"
                        + " only be set or removed, not changed in place");
            }
            if (!removedHere.isEmpty()) {
                remove.add(index.partitionAttribute());
                remove.add(index.sortAttribute());
                continue;
            }
            if (setHere.isEmpty() && !own.isEmpty()) {
                continue;
            }
            if (setHere.size() < own.size()) {
                List<String> missing = new ArrayList<>(own);
                missing.removeAll(setHere);
                throw new IllegalArgumentException("update of " + entityName + " sets '" + setHere.get(0) + "', which"
                        + " composes its " + index.where() + " ('" + index.partition().text() + "', '"
                        + index.sort().text() + "') with " + missing + "; set those in the same update too");
            }
            Map<String, AttributeValue> values = new LinkedHashMap<>(components);
            values.putAll(assigned);
            Optional<String> partition = index.partition().compose(values);
            Optional<String> sort = index.sort().compose(values);
            if (partition.isPresent() && sort.isPresent()) {
                set.put(index.partitionAttribute(), AttributeValue.fromS(partition.get()));
                set.put(index.sortAttribute(), AttributeValue.fromS(sort.get()));
            } else {
                remove.add(index.partitionAttribute());
                remove.add(index.sortAttribute());
            }
        }
        return new Derived(set, remove);
    }

    private static String text(Map<String, AttributeValue> key, String attribute) {
        AttributeValue value = key.get(attribute);
        if (value == null || value.s() == null) {
            throw new IllegalArgumentException("key " + key + " has no string attribute " + attribute);
        }
        return value.s();
    }
}
