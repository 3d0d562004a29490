package dev.dynaq.processor.reader;

import com.palantir.javapoet.ClassName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityKeyModel;
import dev.dynaq.processor.model.GlobalIndexModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.KeyTemplateModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.SharedTableModel;
import dev.dynaq.processor.model.SingleTableEntityModel;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the single-table part of Dynaq's annotations: a {@code @SingleTable} declaration, and the
 * {@code @DynamoEntity}, {@code @KeyTemplate} and {@code @IndexTemplate} of one entity type against
 * the declaration of its table. Checks across entities (key overlaps, collections) are
 * {@link SharedTableReader}'s.
 */
public final class SingleTableReader {
    private static final int MAX_GLOBAL_INDEXES = 20;
    private static final TypeMapping STRING_KEY = new TypeMapping(TypeMapping.Kind.STRING,
            ClassName.get(String.class), null, null);

    private final Annotations annotations;
    private final KeyTemplateParser templates;

    /** @param annotations the annotation reader */
    SingleTableReader(Annotations annotations) {
        this.annotations = annotations;
        this.templates = new KeyTemplateParser(annotations);
    }

    /**
     * @param elements the element utilities
     * @return a reader of {@code @SingleTable} declarations, for the processor
     */
    public static SingleTableReader create(javax.lang.model.util.Elements elements) {
        return new SingleTableReader(new Annotations(elements));
    }

    /**
     * The entity's composed keys, and its table's key attributes as the entity model holds them.
     *
     * @param entity the single-table part of the entity model
     * @param tableName the shared table's name
     * @param primaryKey the shared table's {@code pk}/{@code sk}
     * @param secondaryIndexes the global indexes the entity has a template for
     */
    record EntityKeys(SingleTableEntityModel entity, String tableName, IndexModel primaryKey,
            List<IndexModel> secondaryIndexes) {
    }

    /** @return whether the type carries {@code @SingleTable} */
    public boolean isSingleTable(TypeElement type) {
        return annotations.has(type, Annotations.SINGLE_TABLE);
    }

    /**
     * @param entity a {@code @DynamoEntity}
     * @return the {@code @SingleTable} type it names, when resolved and annotated
     */
    public Optional<TypeElement> tableOf(TypeElement entity) {
        return annotations.find(entity, Annotations.DYNAMO_ENTITY)
                .flatMap(mirror -> annotations.type(mirror, "table"))
                .filter(type -> type instanceof DeclaredType)
                .map(type -> ((DeclaredType) type).asElement())
                .filter(element -> element instanceof TypeElement)
                .map(TypeElement.class::cast)
                .filter(element -> annotations.has(element, Annotations.SINGLE_TABLE));
    }

    /**
     * Reads a {@code @SingleTable} declaration, without its entities.
     *
     * @param type the annotated type
     * @param report receives the problems
     * @return the declaration, when valid
     */
    public Optional<SharedTableModel> readDeclaration(TypeElement type, Report report) {
        AnnotationMirror table = annotations.find(type, Annotations.SINGLE_TABLE).orElseThrow();
        boolean valid = true;
        String name = annotations.string(table, "name");
        if (name.isEmpty()) {
            name = type.getSimpleName().toString();
        }
        Optional<String> problem = IndexCollector.nameProblem(name);
        if (problem.isPresent()) {
            report.error(Diagnostics.SINGLE_TABLE_NAME, type, table, annotations.explicitValue(table, "name")
                    .orElse(null), name, problem.get());
            valid = false;
        }
        Map<String, String> taken = new LinkedHashMap<>();
        String partitionKey = annotations.string(table, "partitionKey");
        String sortKey = annotations.string(table, "sortKey");
        String typeAttribute = annotations.string(table, "typeAttribute");
        valid &= attributeName(type, table, table, "partitionKey", "partition key", partitionKey, taken, report);
        valid &= attributeName(type, table, table, "sortKey", "sort key", sortKey, taken, report);
        valid &= attributeName(type, table, table, "typeAttribute", "type attribute", typeAttribute, taken, report);
        List<GlobalIndexModel> indexes = new ArrayList<>();
        Set<String> indexNames = new HashSet<>();
        for (AnnotationValue value : annotations.list(table, "globalIndexes")) {
            if (!(value.getValue() instanceof AnnotationMirror index)) {
                continue;
            }
            String indexName = annotations.string(index, "name");
            Optional<String> indexProblem = IndexCollector.nameProblem(indexName);
            if (indexProblem.isPresent()) {
                report.error(Diagnostics.NAME_INDEX, type, table, value, indexName, indexProblem.get());
                valid = false;
                continue;
            }
            if (!indexNames.add(indexName)) {
                report.error(Diagnostics.SINGLE_INDEX_DUPLICATE, type, table, value, indexName, type.getSimpleName());
                valid = false;
                continue;
            }
            if (indexNames.size() > MAX_GLOBAL_INDEXES) {
                report.error(Diagnostics.INDEX_TOO_MANY_GLOBAL, type, table, value, type.getSimpleName(),
                        indexNames.size(), indexName);
                valid = false;
                continue;
            }
            String indexPartition = orDefault(annotations.string(index, "partitionKey"), indexName + "pk");
            String indexSort = orDefault(annotations.string(index, "sortKey"), indexName + "sk");
            valid &= attributeName(type, table, index, "partitionKey", "partition key of index '" + indexName + "'",
                    indexPartition, taken, report);
            valid &= attributeName(type, table, index, "sortKey", "sort key of index '" + indexName + "'", indexSort,
                    taken, report);
            indexes.add(new GlobalIndexModel(indexName, indexPartition, indexSort));
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new SharedTableModel(type, ClassName.get(type), name, partitionKey, sortKey, typeAttribute,
                indexes, List.of(), List.of()));
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private boolean attributeName(TypeElement type, AnnotationMirror table, AnnotationMirror holder, String member,
            String what, String name, Map<String, String> taken, Report report) {
        AnnotationValue value = holder == table
                ? annotations.explicitValue(table, member).orElse(null)
                : findNested(table, holder);
        if (name.isEmpty()) {
            report.error(Diagnostics.SINGLE_ATTRIBUTE_NAME, type, table, value, what, type.getSimpleName(), name,
                    "is empty");
            return false;
        }
        String previous = taken.putIfAbsent(name, what);
        if (previous != null) {
            report.error(Diagnostics.SINGLE_ATTRIBUTE_NAME, type, table, value, what, type.getSimpleName(), name,
                    "is already the " + previous);
            return false;
        }
        return true;
    }

    /** @return the value of {@code globalIndexes} that holds the nested annotation */
    private AnnotationValue findNested(AnnotationMirror table, AnnotationMirror nested) {
        for (AnnotationValue value : annotations.list(table, "globalIndexes")) {
            if (value.getValue() == nested) {
                return value;
            }
        }
        return null;
    }

    /**
     * Reads the single-table part of a {@code @DynamoEntity}.
     *
     * @param type the entity
     * @param entity its {@code @DynamoEntity}
     * @param attributes its mapped properties
     * @param context the read's report and deferral state
     * @return the composed keys, when valid; empty with errors reported, or with the table deferred
     */
    Optional<EntityKeys> readEntity(TypeElement type, AnnotationMirror entity, List<AttributeModel> attributes,
            ReadContext context) {
        Report report = context.report();
        Optional<TypeMirror> tableType = annotations.type(entity, "table");
        AnnotationValue tableValue = annotations.value(entity, "table");
        if (tableType.isEmpty() || tableType.get().getKind() == TypeKind.ERROR) {
            context.unresolvedTable(type);
            return Optional.empty();
        }
        if (!(tableType.get() instanceof DeclaredType declared)
                || !(declared.asElement() instanceof TypeElement tableElement)
                || !annotations.has(tableElement, Annotations.SINGLE_TABLE)) {
            report.error(Diagnostics.ENTITY_TABLE_NOT_SHARED, type, entity, tableValue, tableType.get(),
                    type.getSimpleName(), tableType.get());
            return Optional.empty();
        }
        checkNoPropertyKeys(type, attributes, report);
        // the declaration's own problems are reported where it is compiled, not on every entity
        Optional<SharedTableModel> table = readDeclaration(tableElement, new Report());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        checkReserved(table.get(), attributes, report);
        String typeName = orDefault(annotations.string(entity, "type"), type.getSimpleName().toString());
        Optional<AnnotationMirror> keyTemplate = annotations.find(type, Annotations.KEY_TEMPLATE);
        if (keyTemplate.isEmpty()) {
            report.error(Diagnostics.ENTITY_KEY_TEMPLATE_MISSING, type, entity, null, type.getSimpleName(),
                    table.get().tableName());
            return Optional.empty();
        }
        Optional<EntityKeyModel> tableKey = key(type, keyTemplate.get(), "@KeyTemplate", null,
                table.get().partitionKey(), table.get().sortKey(), attributes, report);
        List<EntityKeyModel> indexKeys = new ArrayList<>();
        Map<String, AnnotationMirror> byIndex = new LinkedHashMap<>();
        boolean valid = tableKey.isPresent();
        for (AnnotationMirror template : annotations.indexTemplates(type)) {
            String indexName = annotations.string(template, "index");
            Optional<GlobalIndexModel> index = table.get().globalIndex(indexName);
            if (index.isEmpty()) {
                String known = table.get().globalIndexes().isEmpty() ? "(none declared)"
                        : table.get().globalIndexes().stream().map(GlobalIndexModel::name)
                                .collect(Collectors.joining(", "));
                report.error(Diagnostics.TEMPLATE_INDEX_UNKNOWN, type, annotations.position(type, template, "index"),
                        indexName, table.get().className().simpleName(), known);
                valid = false;
                continue;
            }
            if (byIndex.putIfAbsent(indexName, template) != null) {
                report.error(Diagnostics.TEMPLATE_INDEX_TWICE, type, annotations.position(type, template, "index"),
                        type.getSimpleName(), indexName);
                valid = false;
                continue;
            }
            Optional<EntityKeyModel> key = key(type, template, "@IndexTemplate(index = \"" + indexName + "\")",
                    indexName, index.get().partitionKey(), index.get().sortKey(), attributes, report);
            valid &= key.isPresent();
            key.ifPresent(indexKeys::add);
        }
        if (!valid) {
            return Optional.empty();
        }
        valid = checkQueryNames(type, tableKey.get(), indexKeys, report);
        if (!valid) {
            return Optional.empty();
        }
        // index keys in the order the table declares its indexes
        List<EntityKeyModel> ordered = new ArrayList<>();
        List<IndexModel> secondary = new ArrayList<>();
        for (GlobalIndexModel index : table.get().globalIndexes()) {
            for (EntityKeyModel key : indexKeys) {
                if (key.indexName().equals(index.name())) {
                    ordered.add(key);
                    secondary.add(new IndexModel(index.name(), IndexModel.Kind.GLOBAL,
                            keyAttribute(type, index.partitionKey()), keyAttribute(type, index.sortKey()),
                            IndexModel.Projection.ALL, List.of(), key.queryName()));
                }
            }
        }
        IndexModel primary = new IndexModel(null, IndexModel.Kind.PRIMARY,
                keyAttribute(type, table.get().partitionKey()), keyAttribute(type, table.get().sortKey()),
                IndexModel.Projection.ALL, List.of(), tableKey.get().queryName());
        SingleTableEntityModel model = new SingleTableEntityModel(table.get().className(), typeName,
                table.get().typeAttribute(), tableKey.get(), ordered);
        return Optional.of(new EntityKeys(model, table.get().tableName(), primary, secondary));
    }

    /** A composed key attribute of the shared table, as the entity model's index models hold it (not a property). */
    private static AttributeModel keyAttribute(TypeElement type, String name) {
        return new AttributeModel(type, name, name, STRING_KEY, "", null);
    }

    private Optional<EntityKeyModel> key(TypeElement type, AnnotationMirror template, String label, String indexName,
            String partitionAttribute, String sortAttribute, List<AttributeModel> attributes, Report report) {
        Optional<KeyTemplateModel> partition = templates.parse(annotations.string(template, "partition"),
                new KeyTemplateParser.Place(type, template, "partition", label + " partition"), attributes, report);
        Optional<KeyTemplateModel> sort = templates.parse(annotations.string(template, "sort"),
                new KeyTemplateParser.Place(type, template, "sort", label + " sort"), attributes, report);
        if (partition.isEmpty() || sort.isEmpty()) {
            return Optional.empty();
        }
        String queryName = annotations.string(template, "queryName");
        if (queryName.isEmpty()) {
            if (partition.get().isConstant()) {
                report.error(Diagnostics.TEMPLATE_QUERY_NAME, type, annotations.position(type, template, "partition"),
                        label + " partition", partition.get().text());
                return Optional.empty();
            }
            queryName = partition.get().variables().stream()
                    .map(attribute -> Names.capitalize(attribute.propertyName()))
                    .collect(Collectors.joining("And"));
            queryName = Character.toLowerCase(queryName.charAt(0)) + queryName.substring(1);
        } else if (!SourceVersion.isIdentifier(queryName) || SourceVersion.isKeyword(queryName)) {
            report.error(Diagnostics.QUERY_NAME_INVALID, type, annotations.position(type, template, "queryName"),
                    queryName);
            return Optional.empty();
        }
        String collection = annotations.string(template, "collection");
        if (!collection.isEmpty() && (!SourceVersion.isIdentifier(collection) || SourceVersion.isKeyword(collection))) {
            report.error(Diagnostics.TEMPLATE_COLLECTION_INVALID, type, template,
                    annotations.value(template, "collection"), collection);
            return Optional.empty();
        }
        return Optional.of(new EntityKeyModel(indexName, partitionAttribute, sortAttribute, partition.get(),
                sort.get(), queryName, collection.isEmpty() ? null : Names.capitalize(collection), template));
    }

    private boolean checkQueryNames(TypeElement type, EntityKeyModel tableKey, List<EntityKeyModel> indexKeys,
            Report report) {
        Map<String, EntityKeyModel> methods = new LinkedHashMap<>();
        methods.put(tableKey.queryName(), tableKey);
        boolean valid = true;
        for (EntityKeyModel key : indexKeys) {
            EntityKeyModel previous = methods.putIfAbsent(key.queryName(), key);
            if (previous != null) {
                String method = "queryBy" + Names.capitalize(key.queryName());
                String member = annotations.explicitValue(key.annotation(), "queryName").isPresent()
                        ? "queryName" : "partition";
                report.error(Diagnostics.QUERY_NAME_CLASH, type, annotations.position(type, key.annotation(), member),
                        describe(previous), describe(key), method + "(...)", describe(key));
                valid = false;
            }
        }
        return valid;
    }

    private static String describe(EntityKeyModel key) {
        return key.isTableKey() ? "@KeyTemplate" : "@IndexTemplate(index = \"" + key.indexName() + "\")";
    }

    /** The lifecycle annotations, refused on shared-table entities with their own message. */
    private static final List<String> LIFECYCLE = List.of(Annotations.TIME_TO_LIVE, Annotations.CREATED_DATE,
            Annotations.LAST_MODIFIED_DATE, Annotations.ATOMIC_COUNTER);

    private void checkNoPropertyKeys(TypeElement type, List<AttributeModel> attributes, Report report) {
        for (AttributeModel attribute : attributes) {
            for (AnnotationMirror mirror : attribute.element().getAnnotationMirrors()) {
                String name = Annotations.name(mirror);
                if (Annotations.TABLE_ONLY.contains(name) && !name.equals(Annotations.VERSION)) {
                    report.error(LIFECYCLE.contains(name) ? Diagnostics.ENTITY_LIFECYCLE : Diagnostics.ENTITY_PROPERTY_KEY,
                            attribute.element(), mirror, null, Annotations.simpleName(mirror), attribute.propertyName(),
                            type.getSimpleName());
                }
            }
        }
    }

    private static void checkReserved(SharedTableModel table, List<AttributeModel> attributes, Report report) {
        Map<String, String> reserved = new LinkedHashMap<>();
        reserved.put(table.partitionKey(), "its partition key");
        reserved.put(table.sortKey(), "its sort key");
        reserved.put(table.typeAttribute(), "the entity type of each item");
        for (GlobalIndexModel index : table.globalIndexes()) {
            reserved.put(index.partitionKey(), "the partition key of index '" + index.name() + "'");
            reserved.put(index.sortKey(), "the sort key of index '" + index.name() + "'");
        }
        for (AttributeModel attribute : attributes) {
            String use = reserved.get(attribute.attributeName());
            if (use != null) {
                Element element = attribute.element();
                report.error(Diagnostics.ENTITY_ATTRIBUTE_RESERVED, element, attribute.propertyName(),
                        attribute.attributeName(), table.tableName(), use);
            }
        }
    }
}
