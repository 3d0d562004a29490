package dev.dynaq.processor.reader;

import java.util.Locale;

/**
 * Every diagnostic the processor reports: a stable id and a message that says what is wrong and how
 * to fix it. Messages are {@link String#format} patterns. Ids are {@code DYNAQ-<AREA>-<WHAT>} and never
 * change once released, so that users and tests can rely on them.
 */
public enum Diagnostics {
    /** An unexpected exception inside the processor. Arguments: type, stack trace. */
    INTERNAL_ERROR("DYNAQ-INTERNAL", "Dynaq failed on %s; please report this with the stack trace:%n%s"),
    /** A processor option with a value it does not take; reported without a position. Arguments: option, value, values. */
    OPTION_VALUE("DYNAQ-OPTION-VALUE", "Processor option -A%s=%s is not valid; use one of %s"),
    /** A type that is not resolved, even in the last round. Arguments: type, property. */
    UNRESOLVED_TYPE("DYNAQ-TYPE-UNRESOLVED",
            "Type %s of '%s' could not be resolved; check imports and that the class is on the classpath"),
    /**
     * A {@code @Convert} class that is not resolved, even in the last round; javac gives no type to name.
     * Arguments: property.
     */
    UNRESOLVED_CONVERTER("DYNAQ-CONVERT-UNRESOLVED",
            "The @Convert class of '%s' could not be resolved; check imports and that the class is on the classpath"),

    // ---- the annotated type itself

    /** Arguments: annotation, what the type is, type. */
    ENTITY_KIND("DYNAQ-ENTITY-KIND",
            "@%s cannot be used on %s (%s); annotate a record, or a concrete JavaBean class with a public no-arg"
                    + " constructor, getters and setters"),
    /** Arguments: type. */
    ENTITY_NOT_PUBLIC("DYNAQ-ENTITY-NOT-PUBLIC",
            "%s is not public (or is nested in a class that is not); generated code needs access: make it and every"
                    + " enclosing class public"),
    /** Arguments: type, what it is. */
    ENTITY_INNER("DYNAQ-ENTITY-INNER",
            "%s is %s, whose instances need an enclosing instance; declare it top-level or as a public static nested"
                    + " class"),
    /** Arguments: type, type variables. */
    ENTITY_GENERIC("DYNAQ-ENTITY-GENERIC",
            "%s declares the type variables %s; an entity cannot be generic: remove them and use concrete types"),
    /** Arguments: type. */
    ENTITY_TABLE_AND_DOCUMENT("DYNAQ-ENTITY-TABLE-AND-DOCUMENT",
            "%s is annotated with both @DynamoTable and @DynamoDocument; keep @DynamoTable for items of a table, or"
                    + " @DynamoDocument for values stored inside items"),
    /** Arguments: type. */
    BEAN_CONSTRUCTOR("DYNAQ-BEAN-CONSTRUCTOR",
            "Bean %s has no public no-arg constructor; add one (it is used to build items read from DynamoDB), or"
                    + " make the class a record"),
    /** Arguments: property, getter, setter, property type. */
    BEAN_SETTER("DYNAQ-BEAN-SETTER",
            "Bean property '%s' has the getter %s() but no public setter %s(%s); add the setter, or mark the field"
                    + " @Ignore to leave the property out of the item"),
    /** Arguments: property, expected getter. */
    BEAN_GETTER("DYNAQ-BEAN-GETTER",
            "Bean property '%s' is annotated but has no public getter %s() returning the field's type; add the getter"
                    + " and a setter, or remove the annotations"),
    /** Arguments: property, getter. */
    PROPERTY_ANNOTATED_TWICE("DYNAQ-PROPERTY-ANNOTATED-TWICE",
            "Property '%s' has Dynaq annotations on both its field and its getter %s(); keep all of them in one"
                    + " place, on the field or on the getter"),
    /** Arguments: annotation, element, why. */
    ANNOTATION_IGNORED("DYNAQ-ANNOTATION-IGNORED", "@%s on %s would be ignored: %s; remove the annotation"),
    /** Arguments: component. */
    RECORD_IGNORE("DYNAQ-RECORD-IGNORE",
            "@Ignore cannot be used on record component '%s': the canonical constructor needs every component;"
                    + " remove the component from the record, or make the entity a JavaBean"),

    // ---- types

    /** Arguments: property, type, where it occurs. */
    TYPE_UNSUPPORTED("DYNAQ-TYPE-UNSUPPORTED",
            "Property '%s' has type %s%s; supported types are String, the primitive types except char and their"
                    + " boxes, BigDecimal, BigInteger, byte[], SdkBytes, ByteBuffer, Instant, LocalDate, LocalDateTime,"
                    + " LocalTime, OffsetDateTime, ZonedDateTime, Duration, UUID, enums, List<T>, Map<String, T>,"
                    + " Set<String | number | binary>, Optional<T> and @DynamoDocument types; use @Convert for any"
                    + " other type"),
    /** Arguments: property, type, class. */
    TYPE_NOT_DOCUMENT("DYNAQ-TYPE-NOT-DOCUMENT",
            "Property '%s' has type %s, but %s is not annotated @DynamoDocument; annotate it with @DynamoDocument to"
                    + " store it as a map, or give the property a @Convert converter"),
    /** Arguments: property, type. */
    TYPE_MAP_KEY("DYNAQ-TYPE-MAP-KEY",
            "Property '%s' has type %s; DynamoDB map keys are strings, so use Map<String, ...>, or a @Convert"
                    + " converter"),
    /** Arguments: property, type. */
    TYPE_SET_ELEMENT("DYNAQ-TYPE-SET-ELEMENT",
            "Property '%s' has type %s; set elements must be String, a number type or binary (byte[], SdkBytes,"
                    + " ByteBuffer), stored as SS, NS or BS; use a List for other elements"),
    /** Arguments: property, type. */
    TYPE_WILDCARD("DYNAQ-TYPE-WILDCARD",
            "Property '%s' has type %s with a wildcard; use a concrete type argument such as List<String>"),
    /** Arguments: property, type. */
    TYPE_RAW("DYNAQ-TYPE-RAW", "Property '%s' has the raw type %s; add type arguments such as List<String>"),
    /** Arguments: property, type variable. */
    TYPE_VARIABLE("DYNAQ-TYPE-VARIABLE", "Property '%s' has the type variable %s; use a concrete type"),
    /** Arguments: property, type. */
    TYPE_OPTIONAL_NESTED("DYNAQ-TYPE-OPTIONAL-NESTED",
            "Property '%s' has type %s; Optional is supported only as a property's own type, not inside a List, Set,"
                    + " Map or another Optional: remove the inner Optional (a missing value is simply omitted)"),
    /** Arguments: converter, property. */
    CONVERT_CONSTRUCTOR("DYNAQ-CONVERT-CONSTRUCTOR",
            "Converter %s of '%s' cannot be instantiated by generated code; make it a public, non-abstract, top-level"
                    + " or public static nested class with a public no-arg constructor"),
    /** Arguments: converter, value type, property, property type, property type. */
    CONVERT_TYPE("DYNAQ-CONVERT-TYPE",
            "Converter %s converts %s, but property '%s' has type %s; use a converter that implements"
                    + " AttributeConverter<%s>"),

    // ---- storage formats

    /** Arguments: format, property, type, the formats of the type. */
    FORMAT_TYPE("DYNAQ-FORMAT-TYPE",
            "@Format(%s) does not apply to '%s' of type %s; use one of %s, or remove @Format"),
    /** Arguments: property, type. */
    FORMAT_NONE("DYNAQ-FORMAT-NONE",
            "@Format on '%s' would be ignored: type %s has no storage formats (times, booleans and enums have);"
                    + " remove @Format, or use @Convert for another stored form"),
    /** Arguments: property. */
    FORMAT_CONVERT("DYNAQ-FORMAT-CONVERT",
            "@Format on '%s' would be ignored: its @Convert converter decides how it is stored; remove one of the"
                    + " two annotations"),
    /** Arguments: annotation. */
    FORMAT_DEFAULT("DYNAQ-FORMAT-DEFAULT",
            "@%s(formats = ...) cannot list DEFAULT: it lists the formats that replace the types' defaults; remove"
                    + " it"),
    /** Arguments: annotation, format, format, type. */
    FORMAT_DEFAULT_CONFLICT("DYNAQ-FORMAT-DEFAULT-CONFLICT",
            "@%s(formats = ...) lists both %s and %s, which both apply to %s; keep one of them, and choose another"
                    + " format per property with @Format"),
    /** Arguments: key role, property, type, format, the reason, format. */
    FORMAT_UNORDERED_KEY("DYNAQ-FORMAT-UNORDERED-KEY",
            "%s '%s' (%s) is stored in format %s, which does not sort in time order (%s), so DynamoDB's range"
                    + " conditions on it would miss items; choose an ordered format (FIXED_WIDTH, or ISO_MILLIS,"
                    + " EPOCH_SECONDS or EPOCH_MILLIS for an Instant), or, if existing data leaves no choice,"
                    + " acknowledge it with @Format(value = %s, unordered = true): only eq conditions are then"
                    + " generated on this key"),
    /** Arguments: property, format, type. */
    FORMAT_ORDERED("DYNAQ-FORMAT-ORDERED",
            "@Format(unordered = true) on '%s' acknowledges nothing: format %s of %s sorts in value order; remove"
                    + " unordered = true"),

    // ---- keys

    /** Arguments: type. */
    KEY_MISSING("DYNAQ-KEY-MISSING",
            "Table entity %s has no @PartitionKey; annotate the property that holds the table's partition key"),
    /** Arguments: property, first partition key. */
    KEY_PARTITION_DUPLICATE("DYNAQ-KEY-PARTITION-DUPLICATE",
            "Property '%s' is annotated @PartitionKey, but '%s' already is; a table has exactly one partition key:"
                    + " make the other a @SortKey or the key of a secondary index"),
    /** Arguments: property, first sort key. */
    KEY_SORT_DUPLICATE("DYNAQ-KEY-SORT-DUPLICATE",
            "Property '%s' is annotated @SortKey, but '%s' already is; a table has at most one sort key: use"
                    + " @LsiSortKey or @GsiSortKey for the other"),
    /** Arguments: key role, property, type. */
    KEY_TYPE("DYNAQ-KEY-TYPE",
            "%s '%s' has type %s; key attributes must be stored as S, N or B: use String, a number type, byte[],"
                    + " SdkBytes, ByteBuffer, a java.time type, UUID or an enum (not Optional, boolean, a collection,"
                    + " a document or a @Convert type)"),

    // ---- secondary indexes

    /** Arguments: property, key description. */
    INDEX_KEY_TWICE("DYNAQ-INDEX-KEY-TWICE",
            "Property '%s' is declared twice as a key of %s; a property can be only one key of an index: remove one"
                    + " of the annotations"),
    /** Arguments: index, index. */
    INDEX_NO_PARTITION_KEY("DYNAQ-INDEX-NO-PARTITION-KEY",
            "@GsiSortKey names the index '%s', but no property declares @GsiPartitionKey(index = \"%s\"); add the"
                    + " partition key or correct the index name"),
    /** Arguments: index, first partition key, property. */
    INDEX_PARTITION_DUPLICATE("DYNAQ-INDEX-PARTITION-DUPLICATE",
            "Index '%s' already has the partition key '%s', so '%s' cannot be another; an index has one partition"
                    + " key: use another index name"),
    /** Arguments: index, first sort key, property. */
    INDEX_SORT_DUPLICATE("DYNAQ-INDEX-SORT-DUPLICATE",
            "Index '%s' already has the sort key '%s', so '%s' cannot be another; an index has at most one sort key:"
                    + " use another index name"),
    /** Arguments: index. */
    INDEX_LSI_WITHOUT_SORT_KEY("DYNAQ-INDEX-LSI-NO-SORT-KEY",
            "Local index '%s' needs a table sort key: a local secondary index keeps the table's partition key and"
                    + " replaces its sort key; add @SortKey to the table, or declare a global index with"
                    + " @GsiPartitionKey/@GsiSortKey"),
    /** Arguments: type, count, index. */
    INDEX_TOO_MANY_GLOBAL("DYNAQ-INDEX-TOO-MANY-GSI",
            "%s declares %d global secondary indexes, but DynamoDB allows at most 20 per table; remove '%s' and any"
                    + " after it"),
    /** Arguments: type, count, index. */
    INDEX_TOO_MANY_LOCAL("DYNAQ-INDEX-TOO-MANY-LSI",
            "%s declares %d local secondary indexes, but DynamoDB allows at most 5 per table; remove '%s' and any"
                    + " after it"),
    /** Arguments: index. */
    INDEX_NAME_DUPLICATE("DYNAQ-INDEX-NAME-DUPLICATE",
            "Index name '%s' is used by both a global and a local secondary index; index names are unique per table:"
                    + " rename one of them"),
    /** Arguments: index, include. */
    INDEX_INCLUDE_MISSING("DYNAQ-INDEX-INCLUDE-MISSING",
            "Index '%s' has projection INCLUDE but no include attributes; list them in include = {...}, or use"
                    + " projection KEYS_ONLY"),
    /** Arguments: index, projection. */
    INDEX_INCLUDE_UNEXPECTED("DYNAQ-INDEX-INCLUDE-UNEXPECTED",
            "Index '%s' lists include attributes but has projection %s, which ignores them; set projection ="
                    + " IndexProjection.INCLUDE, or remove include"),
    /** Arguments: index, attribute, known attributes. */
    INDEX_INCLUDE_UNKNOWN("DYNAQ-INDEX-INCLUDE-UNKNOWN",
            "Index '%s' includes '%s', which is not an attribute of this entity; use DynamoDB attribute names (after"
                    + " @Attribute renames), one of: %s"),

    // ---- names

    /** Arguments: name, reason. */
    NAME_TABLE("DYNAQ-NAME-TABLE",
            "Table name '%s' is invalid: %s; table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.':"
                    + " set a valid @DynamoTable(name = \"...\")"),
    /** Arguments: name, reason. */
    NAME_INDEX("DYNAQ-NAME-INDEX",
            "Index name '%s' is invalid: %s; index names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'"),
    /** Arguments: property. */
    ATTRIBUTE_EMPTY("DYNAQ-ATTRIBUTE-EMPTY",
            "@Attribute on '%s' has an empty name; give the DynamoDB attribute name, or remove the annotation to use"
                    + " the property name"),
    /** Arguments: property, attribute, first property. */
    ATTRIBUTE_DUPLICATE("DYNAQ-ATTRIBUTE-DUPLICATE",
            "Property '%s' is stored as attribute '%s', which property '%s' already uses; give one of them another"
                    + " @Attribute name"),
    /** Arguments: queryName. */
    QUERY_NAME_INVALID("DYNAQ-QUERY-NAME-INVALID",
            "queryName '%s' is not a valid Java identifier; use letters and digits, such as \"byStatus\""),
    /** Arguments: key, other key, generated name, key. */
    QUERY_NAME_CLASH("DYNAQ-QUERY-NAME-CLASH",
            "%s and %s would both generate %s; set a distinct queryName on the annotation of %s"),

    // ---- per-compilation outputs: infrastructure files and the access-pattern report

    /** Arguments: entity, first entity of the table, table, what differs. */
    INFRA_TABLE_CONFLICT("DYNAQ-INFRA-TABLE-CONFLICT",
            "%s and %s are both stored in table '%s', but %s; the entities of one table share its key schema, its"
                    + " time to live and every index they both declare: make them agree, or store one of them in another"
                    + " table with @DynamoTable(name = \"...\")"),
    /** A design-review note; an error only under -Adynaq.strict=true. Arguments: Global or Local, index, entity, attributes. */
    REVIEW_PROJECTION_ALL("DYNAQ-REVIEW-PROJECTION-ALL",
            "%s index '%s' projects ALL attributes of %s, including the document, list or map attributes %s: every"
                    + " write of an item copies them into the index again (index writes are charged per 1 KB like"
                    + " table writes) and the index stores them a second time; project only what queries on the index"
                    + " read: projection = IndexProjection.INCLUDE with include = {...}, or KEYS_ONLY"),
    /** A design-review note; an error only under -Adynaq.strict=true. Arguments: index, property, its values. */
    REVIEW_LOW_CARDINALITY("DYNAQ-REVIEW-GSI-LOW-CARDINALITY",
            "Global index '%s' is partitioned by '%s', which has only %s: all items with one value share one index"
                    + " partition, so a busy value becomes a hot partition, and a throttled index throttles writes to"
                    + " the table; partition the index by a key with many distinct values (say the value combined with"
                    + " a date or a shard number), and keep this property as its sort key or a filter"),
    /** A design-review note; an error only under -Adynaq.strict=true. Arguments: index, table, partition key. */
    REVIEW_LSI_LIMIT("DYNAQ-REVIEW-LSI-10GB",
            "Local index '%s' caps each item collection of table '%s' at 10 GB: the items of one '%s' value, in the"
                    + " table and its local indexes together, cannot grow past that (writes then fail with"
                    + " ItemCollectionSizeLimitExceededException), and local indexes exist only if created with the"
                    + " table; if one partition-key value may hold more, use a global index with the same partition"
                    + " key instead (@GsiPartitionKey and @GsiSortKey)"),

    // ---- version and documents

    /** Arguments: property, type. */
    VERSION_TYPE("DYNAQ-VERSION-TYPE",
            "@Version property '%s' has type %s; a version must be int, long, Integer or Long"),
    /** Arguments: property, first version property. */
    VERSION_DUPLICATE("DYNAQ-VERSION-DUPLICATE",
            "Property '%s' is annotated @Version, but '%s' already is; an entity has at most one version: remove one"),
    /** Arguments: property. */
    VERSION_ON_KEY("DYNAQ-VERSION-KEY",
            "@Version property '%s' is also a table key; a key cannot change between versions: put @Version on a"
                    + " separate property"),
    // ---- single-table design: @SingleTable, @DynamoEntity, @KeyTemplate, @IndexTemplate

    /** Arguments: name, reason. */
    SINGLE_TABLE_NAME("DYNAQ-SINGLE-TABLE-NAME",
            "Table name '%s' is invalid: %s; table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.':"
                    + " set a valid @SingleTable(name = \"...\")"),
    /** Arguments: what, table type, name, what is wrong. */
    SINGLE_ATTRIBUTE_NAME("DYNAQ-SINGLE-ATTRIBUTE-NAME",
            "The %s of @SingleTable %s is '%s', which %s; the key attributes of the table and of each index and the"
                    + " type attribute need distinct, non-empty names"),
    /** Arguments: index, table type. */
    SINGLE_INDEX_DUPLICATE("DYNAQ-SINGLE-INDEX-DUPLICATE",
            "Global index '%s' is declared twice in @SingleTable %s; index names are unique per table: rename or"
                    + " remove one"),
    /** Arguments: table type, entity, table type. */
    ENTITY_TABLE_NOT_SHARED("DYNAQ-ENTITY-TABLE-NOT-SHARED",
            "@DynamoEntity(table = %s.class) of %s names a type that is not annotated @SingleTable; annotate %s"
                    + " with @SingleTable, or use @DynamoTable for an entity with a table of its own"),
    /** Arguments: entity. */
    ENTITY_TABLE_UNRESOLVED("DYNAQ-ENTITY-TABLE-UNRESOLVED",
            "The table class of @DynamoEntity on %s could not be resolved; check imports and that the class is on"
                    + " the classpath"),
    /** Arguments: type, other annotation. */
    ENTITY_TWO_KINDS("DYNAQ-ENTITY-TWO-KINDS",
            "%s is annotated with both @DynamoEntity and @%s; keep @DynamoEntity for an entity type of a shared"
                    + " table, @DynamoTable for an entity with a table of its own, or @DynamoDocument for values stored"
                    + " inside items"),
    /** Arguments: entity, table. */
    ENTITY_KEY_TEMPLATE_MISSING("DYNAQ-TEMPLATE-MISSING",
            "@DynamoEntity %s has no @KeyTemplate; add @KeyTemplate(partition = \"...\", sort = \"...\") to"
                    + " compose its key in table %s"),
    /** Arguments: annotation, property, entity. */
    ENTITY_PROPERTY_KEY("DYNAQ-ENTITY-PROPERTY-KEY",
            "@%s on '%s' would be ignored: %s is a @DynamoEntity of a shared table, whose keys are composed by"
                    + " @KeyTemplate and @IndexTemplate; remove the annotation and use the property as a template"
                    + " variable"),
    /** Arguments: annotation, property, entity. */
    ENTITY_LIFECYCLE("DYNAQ-ENTITY-LIFECYCLE",
            "@%s on '%s' is not supported: %s is a @DynamoEntity of a shared table, where Dynaq maintains no time"
                    + " to live, dates or counters (the entities of a table would have to agree on one time-to-live"
                    + " attribute); remove the annotation and set the value in code"),
    /** Arguments: property, attribute, table, use. */
    ENTITY_ATTRIBUTE_RESERVED("DYNAQ-ENTITY-ATTRIBUTE-RESERVED",
            "Property '%s' is stored as attribute '%s', which table %s uses for %s; store the property under another"
                    + " name with @Attribute(\"...\")"),
    /** Arguments: which template, template, what is wrong. */
    TEMPLATE_SYNTAX("DYNAQ-TEMPLATE-SYNTAX",
            "%s template '%s' is malformed: %s; write literal text and {property} variables, such as"
                    + " \"ORDER#{createdAt}#{orderId}\""),
    /** Arguments: which template, template, variable, entity, properties. */
    TEMPLATE_VARIABLE_UNKNOWN("DYNAQ-TEMPLATE-VARIABLE-UNKNOWN",
            "%s template '%s' uses {%s}, which is not a property of %s; use one of: %s"),
    /** Arguments: which template, template, variable, type, why. */
    TEMPLATE_VARIABLE_TYPE("DYNAQ-TEMPLATE-VARIABLE-TYPE",
            "%s template '%s' uses {%s} of type %s, which cannot be part of a composed key: %s; template variables"
                    + " must be String, an enum, int, long, short, byte (or their boxes), Instant, LocalDate,"
                    + " LocalDateTime, LocalTime or UUID"),
    /** Arguments: which template, template, variable, format. */
    TEMPLATE_VARIABLE_FORMAT("DYNAQ-TEMPLATE-VARIABLE-FORMAT",
            "%s template '%s' uses {%s}, whose @Format(%s) a composed key cannot use: a template writes each"
                    + " variable in Dynaq's own fixed-width form, so that the key's string order is the value's"
                    + " order; remove the @Format, or give the formatted value a String property of its own and"
                    + " use that in the template"),
    /** Arguments: which template, template, variable, what follows. */
    TEMPLATE_SEPARATOR("DYNAQ-TEMPLATE-SEPARATOR",
            "%s template '%s': {%s} is followed by %s; a variable must be followed by '#' or end the template, so"
                    + " that each variable's value is told apart from what follows (values never contain '#': it is"
                    + " escaped)"),
    /** Arguments: index, table type, declared indexes. */
    TEMPLATE_INDEX_UNKNOWN("DYNAQ-TEMPLATE-INDEX-UNKNOWN",
            "@IndexTemplate(index = \"%s\") names an index that @SingleTable %s does not declare; declare it in"
                    + " globalIndexes, or use one of: %s"),
    /** Arguments: entity, index. */
    TEMPLATE_INDEX_TWICE("DYNAQ-TEMPLATE-INDEX-TWICE",
            "%s has two @IndexTemplate for index '%s'; an entity has one key per index: remove one"),
    /** Arguments: which template, template. */
    TEMPLATE_QUERY_NAME("DYNAQ-TEMPLATE-QUERY-NAME",
            "%s template '%s' has no variable to name its query method after; set queryName = \"...\" on the"
                    + " annotation"),
    /** Arguments: collection name. */
    TEMPLATE_COLLECTION_INVALID("DYNAQ-TEMPLATE-COLLECTION-INVALID",
            "collection '%s' is not a valid Java identifier; use letters and digits, such as \"Customer\""),
    /** Arguments: entity, other entity, type name, table. */
    SINGLE_TYPE_DUPLICATE("DYNAQ-SINGLE-TYPE-DUPLICATE",
            "%s and %s both have type '%s' in table %s; the type attribute tells items apart: set a distinct"
                    + " @DynamoEntity(type = \"...\")"),
    /**
     * Arguments: entity, other entity, where, partition template, other partition template, sort template,
     * other sort template, why.
     */
    SINGLE_KEY_OVERLAP("DYNAQ-SINGLE-KEY-OVERLAP",
            "%s and %s can produce the same key in %s: their partition templates '%s' and '%s' can be equal, and"
                    + " their sort templates '%s' and '%s' %s; start the sort templates of entities that can share a"
                    + " partition with literals none of which is the start of another, such as \"PROFILE\" and"
                    + " \"ORDER#\""),
    /** Arguments: entity, name, other entity, other name, where. */
    SINGLE_COLLECTION_MISMATCH("DYNAQ-SINGLE-COLLECTION-MISMATCH",
            "%s names its collection '%s' and %s names it '%s', but their partition templates in %s agree, so their"
                    + " items form one collection: give both the same collection name"),
    /** Arguments: where, other where, name, name. */
    SINGLE_COLLECTION_CLASH("DYNAQ-SINGLE-COLLECTION-CLASH",
            "The collections in %s and in %s would both be named '%s' (query%sCollection); set a distinct"
                    + " collection = \"...\" on the templates of one of them"),

    /** Arguments: annotation, property, document. */
    DOCUMENT_KEY("DYNAQ-DOCUMENT-KEY",
            "@%s on '%s' would be ignored: %s is a @DynamoDocument, stored inside items, and has no keys, indexes,"
                    + " version, time to live, dates or counters; remove the annotation"),

    // ---- lifecycle: time to live, dates, counters

    /** Arguments: property, type. */
    TTL_TYPE("DYNAQ-TTL-TYPE",
            "@TimeToLive property '%s' has type %s; DynamoDB's time to live reads a number of seconds since the epoch:"
                    + " use Instant (stored as epoch seconds), long or Long"),
    /** Arguments: property, first time-to-live property. */
    TTL_DUPLICATE("DYNAQ-TTL-DUPLICATE",
            "Property '%s' is annotated @TimeToLive, but '%s' already is; DynamoDB's time to live reads one attribute"
                    + " per table: remove one"),
    /** Arguments: property, format. */
    TTL_FORMAT("DYNAQ-TTL-FORMAT",
            "@TimeToLive property '%s' has @Format(%s), but DynamoDB's time to live reads only a number of seconds"
                    + " since the epoch, which is how Dynaq stores a @TimeToLive Instant: remove @Format, or write"
                    + " @Format(EPOCH_SECONDS)"),
    /** Arguments: annotation, property, type. */
    DATE_TYPE("DYNAQ-DATE-TYPE",
            "@%s property '%s' has type %s; Dynaq sets it from the table's java.time.Clock: declare it as"
                    + " java.time.Instant"),
    /** Arguments: property, annotation, first property. */
    DATE_DUPLICATE("DYNAQ-DATE-DUPLICATE",
            "Property '%s' is annotated @%s, but '%s' already is; an entity has at most one: remove one"),
    /** Arguments: property, type. */
    COUNTER_TYPE("DYNAQ-COUNTER-TYPE",
            "@AtomicCounter property '%s' has type %s; a counter must be int, long, Integer, Long, BigInteger or"
                    + " BigDecimal"),
    /** Arguments: property. */
    COUNTER_DELTA("DYNAQ-COUNTER-DELTA",
            "@AtomicCounter on '%s' has delta = 0, so updates would never change it; use a delta other than 0"
                    + " (negative counts down)"),
    /** Arguments: property, member, value. */
    COUNTER_RANGE("DYNAQ-COUNTER-RANGE",
            "@AtomicCounter on int property '%s' has %s = %d, which an int cannot hold; use a value from -2147483648"
                    + " to 2147483647, or make the counter long"),
    /** Arguments: annotation, property, annotation. */
    LIFECYCLE_ON_KEY("DYNAQ-LIFECYCLE-KEY",
            "@%s property '%s' is also a table key; a key never changes once the item exists and is never set by"
                    + " Dynaq: put @%s on a separate property"),
    /** Arguments: property, first annotation, second annotation. */
    LIFECYCLE_ROLES("DYNAQ-LIFECYCLE-ROLES",
            "Property '%s' is annotated both @%s and @%s, which each maintain the attribute their own way; keep one,"
                    + " or use two properties");

    private final String id;
    private final String pattern;

    Diagnostics(String id, String pattern) {
        this.id = id;
        this.pattern = pattern;
    }

    /** @return the stable id, such as {@code DYNAQ-KEY-TYPE} */
    public String id() {
        return id;
    }

    /**
     * @param arguments the pattern's arguments
     * @return {@code [id] message}
     */
    public String format(Object... arguments) {
        return "[" + id + "] " + String.format(Locale.ROOT, pattern, arguments);
    }
}
