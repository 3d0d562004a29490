package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads a table entity's primary key and secondary indexes from the key annotations of its mapped
 * properties, and validates them against DynamoDB's rules and the generated method names.
 */
final class IndexCollector {
    /** DynamoDB's default quotas per table. */
    private static final int MAX_GLOBAL_INDEXES = 20;
    private static final int MAX_LOCAL_INDEXES = 5;

    private final Annotations annotations;

    IndexCollector(Annotations annotations) {
        this.annotations = annotations;
    }

    /** The keys of a table: the primary key (absent after errors) and the secondary indexes. */
    record Keys(Optional<IndexModel> primaryKey, List<IndexModel> secondaryIndexes) {
    }

    /** An annotation at its place, to report on. */
    private record Declaration(AttributeModel attribute, AnnotationMirror mirror) {
        Element element() {
            return attribute.element();
        }
    }

    /** A secondary index while its annotations are collected. */
    private static final class Draft {
        final String name;
        final IndexModel.Kind kind;
        final Declaration first;
        Declaration partition;
        Declaration sort;

        Draft(String name, IndexModel.Kind kind, Declaration first) {
            this.name = name;
            this.kind = kind;
            this.first = first;
        }

        /** @return the annotation that declares the projection and the queryName */
        Declaration declaring() {
            return kind == IndexModel.Kind.GLOBAL ? partition : sort;
        }

        String describe() {
            return (kind == IndexModel.Kind.GLOBAL ? "global index '" : "local index '") + name + "'";
        }
    }

    /**
     * @param type the table entity
     * @param table its {@code @DynamoTable}
     * @param attributes its mapped properties
     * @param report where errors go
     * @return the keys; the primary key is absent when it has errors
     */
    Keys collect(TypeElement type, AnnotationMirror table, List<AttributeModel> attributes, Report report) {
        List<Declaration> partitionKeys = declarations(attributes, Annotations.PARTITION_KEY);
        List<Declaration> sortKeys = declarations(attributes, Annotations.SORT_KEY);
        boolean valid = true;
        if (partitionKeys.isEmpty()) {
            report.error(Diagnostics.KEY_MISSING, type, table, null, type.getQualifiedName());
            valid = false;
        }
        for (Declaration extra : partitionKeys.subList(Math.min(1, partitionKeys.size()), partitionKeys.size())) {
            report.error(Diagnostics.KEY_PARTITION_DUPLICATE, extra.element(), extra.mirror(), null,
                    extra.attribute().propertyName(), partitionKeys.get(0).attribute().propertyName());
            valid = false;
        }
        for (Declaration extra : sortKeys.subList(Math.min(1, sortKeys.size()), sortKeys.size())) {
            report.error(Diagnostics.KEY_SORT_DUPLICATE, extra.element(), extra.mirror(), null,
                    extra.attribute().propertyName(), sortKeys.get(0).attribute().propertyName());
            valid = false;
        }
        Declaration partition = partitionKeys.isEmpty() ? null : partitionKeys.get(0);
        Declaration sort = sortKeys.isEmpty() ? null : sortKeys.get(0);
        if (partition != null && sort != null && partition.attribute() == sort.attribute()) {
            report.error(Diagnostics.INDEX_KEY_TWICE, sort.element(), sort.mirror(), null,
                    sort.attribute().propertyName(), "the table");
            valid = false;
        }
        valid &= checkKeyType(partition, "Partition key", report);
        valid &= checkKeyType(sort, "Sort key", report);

        Map<String, Draft> drafts = drafts(attributes, report);
        valid &= drafts != null;
        IndexModel primary = null;
        if (partition != null) {
            Optional<String> queryName = queryName(partition, report);
            valid &= queryName.isPresent();
            if (queryName.isPresent()) {
                primary = new IndexModel(null, IndexModel.Kind.PRIMARY, partition.attribute(),
                        sort == null ? null : sort.attribute(), IndexModel.Projection.ALL, List.of(), queryName.get());
            }
        }
        List<IndexModel> secondary = new ArrayList<>();
        if (drafts != null) {
            valid &= checkCounts(type, drafts, report);
            for (Draft draft : drafts.values()) {
                secondary.add(index(draft, partition, sort, attributes, report));
            }
        }
        if (!valid || primary == null || secondary.contains(null)) {
            return new Keys(Optional.empty(), List.of());
        }
        if (!checkQueryNames(primary, partition, secondary, drafts, report)) {
            return new Keys(Optional.empty(), List.of());
        }
        return new Keys(Optional.of(primary), secondary);
    }

    /** @return the secondary indexes in order of first declaration, or {@code null} after an error */
    private Map<String, Draft> drafts(List<AttributeModel> attributes, Report report) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        // An invalid name is one mistake, however many annotations repeat it: report it on the first only.
        Set<String> invalidNames = new LinkedHashSet<>();
        boolean valid = true;
        for (AttributeModel attribute : attributes) {
            for (AnnotationMirror mirror : annotations.dynaq(attribute.element())) {
                String annotation = Annotations.name(mirror);
                boolean partitionKey = annotation.equals(Annotations.GSI_PARTITION_KEY);
                IndexModel.Kind kind;
                if (partitionKey || annotation.equals(Annotations.GSI_SORT_KEY)) {
                    kind = IndexModel.Kind.GLOBAL;
                } else if (annotation.equals(Annotations.LSI_SORT_KEY)) {
                    kind = IndexModel.Kind.LOCAL;
                } else {
                    continue;
                }
                Declaration declaration = new Declaration(attribute, mirror);
                String name = annotations.string(mirror, "index");
                AnnotationValue nameValue = annotations.value(mirror, "index");
                Optional<String> problem = nameProblem(name);
                if (problem.isPresent()) {
                    if (invalidNames.add(name)) {
                        report.error(Diagnostics.NAME_INDEX, attribute.element(), mirror, nameValue, name,
                                problem.get());
                    }
                    valid = false;
                    continue;
                }
                Draft draft = drafts.computeIfAbsent(name, key -> new Draft(key, kind, declaration));
                if (draft.kind != kind) {
                    report.error(Diagnostics.INDEX_NAME_DUPLICATE, attribute.element(), mirror, nameValue, name);
                    valid = false;
                    continue;
                }
                valid &= partitionKey ? setPartition(draft, declaration, report) : setSort(draft, declaration, report);
            }
        }
        for (Draft draft : drafts.values()) {
            if (draft.kind == IndexModel.Kind.GLOBAL && draft.partition == null && draft.sort != null) {
                report.error(Diagnostics.INDEX_NO_PARTITION_KEY, draft.sort.element(), draft.sort.mirror(),
                        annotations.value(draft.sort.mirror(), "index"), draft.name, draft.name);
                valid = false;
            }
        }
        return valid ? drafts : null;
    }

    private boolean setPartition(Draft draft, Declaration declaration, Report report) {
        Declaration existing = draft.partition != null ? draft.partition : draft.sort;
        if (existing != null && existing.attribute() == declaration.attribute()) {
            report.error(Diagnostics.INDEX_KEY_TWICE, declaration.element(), declaration.mirror(), null,
                    declaration.attribute().propertyName(), draft.describe());
            return false;
        }
        if (draft.partition != null) {
            report.error(Diagnostics.INDEX_PARTITION_DUPLICATE, declaration.element(), declaration.mirror(), null,
                    draft.name, draft.partition.attribute().propertyName(), declaration.attribute().propertyName());
            return false;
        }
        draft.partition = declaration;
        return true;
    }

    private boolean setSort(Draft draft, Declaration declaration, Report report) {
        Declaration existing = draft.sort != null ? draft.sort : draft.partition;
        if (existing != null && existing.attribute() == declaration.attribute()) {
            report.error(Diagnostics.INDEX_KEY_TWICE, declaration.element(), declaration.mirror(), null,
                    declaration.attribute().propertyName(), draft.describe());
            return false;
        }
        if (draft.sort != null) {
            report.error(Diagnostics.INDEX_SORT_DUPLICATE, declaration.element(), declaration.mirror(), null,
                    draft.name, draft.sort.attribute().propertyName(), declaration.attribute().propertyName());
            return false;
        }
        draft.sort = declaration;
        return true;
    }

    private boolean checkCounts(TypeElement type, Map<String, Draft> drafts, Report report) {
        int global = 0;
        int local = 0;
        boolean valid = true;
        long globalTotal = drafts.values().stream().filter(draft -> draft.kind == IndexModel.Kind.GLOBAL).count();
        long localTotal = drafts.size() - globalTotal;
        for (Draft draft : drafts.values()) {
            Declaration first = draft.first;
            AnnotationValue nameValue = annotations.value(first.mirror(), "index");
            if (draft.kind == IndexModel.Kind.GLOBAL && ++global == MAX_GLOBAL_INDEXES + 1) {
                report.error(Diagnostics.INDEX_TOO_MANY_GLOBAL, first.element(), first.mirror(), nameValue,
                        type.getSimpleName(), globalTotal, draft.name);
                valid = false;
            } else if (draft.kind == IndexModel.Kind.LOCAL && ++local == MAX_LOCAL_INDEXES + 1) {
                report.error(Diagnostics.INDEX_TOO_MANY_LOCAL, first.element(), first.mirror(), nameValue,
                        type.getSimpleName(), localTotal, draft.name);
                valid = false;
            }
        }
        return valid;
    }

    /** @return the index, or {@code null} after an error */
    private IndexModel index(Draft draft, Declaration tablePartition, Declaration tableSort,
            List<AttributeModel> attributes, Report report) {
        boolean valid = true;
        if (draft.kind == IndexModel.Kind.LOCAL && tableSort == null) {
            report.error(Diagnostics.INDEX_LSI_WITHOUT_SORT_KEY, draft.sort.element(), draft.sort.mirror(),
                    annotations.value(draft.sort.mirror(), "index"), draft.name);
            valid = false;
        }
        if (draft.kind == IndexModel.Kind.GLOBAL) {
            valid &= checkKeyType(draft.partition, "Partition key of index '" + draft.name + "'", report);
        }
        valid &= checkKeyType(draft.sort, "Sort key of index '" + draft.name + "'", report);
        Declaration declaring = draft.declaring();
        IndexModel.Projection projection =
                IndexModel.Projection.valueOf(annotations.enumConstant(declaring.mirror(), "projection"));
        Optional<List<String>> include = include(draft, projection, attributes, report);
        Optional<String> queryName = queryName(declaring, report);
        AttributeModel partition = draft.kind == IndexModel.Kind.GLOBAL
                ? draft.partition.attribute()
                : tablePartition == null ? null : tablePartition.attribute();
        if (!valid || include.isEmpty() || queryName.isEmpty() || partition == null) {
            return null;
        }
        return new IndexModel(draft.name, draft.kind, partition, draft.sort == null ? null : draft.sort.attribute(),
                projection, include.get(), queryName.get());
    }

    private Optional<List<String>> include(Draft draft, IndexModel.Projection projection,
            List<AttributeModel> attributes, Report report) {
        Declaration declaring = draft.declaring();
        List<AnnotationValue> values = annotations.list(declaring.mirror(), "include");
        if (projection == IndexModel.Projection.INCLUDE && values.isEmpty()) {
            report.error(Diagnostics.INDEX_INCLUDE_MISSING, declaring.element(), declaring.mirror(),
                    annotations.value(declaring.mirror(), "projection"), draft.name);
            return Optional.empty();
        }
        if (projection != IndexModel.Projection.INCLUDE && !values.isEmpty()) {
            report.error(Diagnostics.INDEX_INCLUDE_UNEXPECTED, declaring.element(), declaring.mirror(),
                    annotations.value(declaring.mirror(), "include"), draft.name, projection);
            return Optional.empty();
        }
        Set<String> known = new LinkedHashSet<>();
        attributes.forEach(attribute -> known.add(attribute.attributeName()));
        List<String> include = new ArrayList<>();
        boolean valid = true;
        for (AnnotationValue value : values) {
            String name = String.valueOf(value.getValue());
            if (!known.contains(name)) {
                report.error(Diagnostics.INDEX_INCLUDE_UNKNOWN, declaring.element(), declaring.mirror(), value,
                        draft.name, name, String.join(", ", known));
                valid = false;
            } else if (!include.contains(name)) {
                include.add(name);
            }
        }
        return valid ? Optional.of(include) : Optional.empty();
    }

    /** @return the declared queryName, else the property name; empty after an error */
    private Optional<String> queryName(Declaration declaration, Report report) {
        String explicit = annotations.string(declaration.mirror(), "queryName");
        if (explicit.isEmpty()) {
            return Optional.of(declaration.attribute().propertyName());
        }
        if (!SourceVersion.isIdentifier(explicit) || SourceVersion.isKeyword(explicit)) {
            report.error(Diagnostics.QUERY_NAME_INVALID, declaration.element(), declaration.mirror(),
                    annotations.value(declaration.mirror(), "queryName"), explicit);
            return Optional.empty();
        }
        return Optional.of(explicit);
    }

    /** Reports two keys that would generate the same query method or query type. */
    private boolean checkQueryNames(IndexModel primary, Declaration partition, List<IndexModel> secondary,
            Map<String, Draft> drafts, Report report) {
        Map<String, String> generated = new LinkedHashMap<>();
        boolean valid = register(generated, primary, primary, "the table's partition key '"
                + primary.partitionKey().propertyName() + "'", partition, report);
        for (IndexModel index : secondary) {
            Draft draft = drafts.get(index.name());
            valid &= register(generated, index, primary, draft.describe(), draft.declaring(), report);
        }
        return valid;
    }

    private boolean register(Map<String, String> generated, IndexModel index, IndexModel primary, String description,
            Declaration declaration, Report report) {
        String method = (index.kind() == IndexModel.Kind.LOCAL ? Names.localIndexMethod(index)
                : Names.queryMethod(index)) + "()";
        String type = "query type " + Names.queryType(index, primary);
        for (String name : List.of("method " + method, type)) {
            String previous = generated.putIfAbsent(name, description);
            if (previous != null) {
                AnnotationValue value = annotations.explicitValue(declaration.mirror(), "queryName").orElse(null);
                report.error(Diagnostics.QUERY_NAME_CLASH, declaration.element(), declaration.mirror(), value,
                        previous, description, name, description);
                return false;
            }
        }
        return true;
    }

    private boolean checkKeyType(Declaration key, String role, Report report) {
        if (key == null || isKeyType(key.attribute().type())) {
            return true;
        }
        report.error(Diagnostics.KEY_TYPE, key.element(), key.mirror(), null, role, key.attribute().propertyName(),
                key.attribute().type().javaType());
        return false;
    }

    /** @return whether values of the mapping can be key attributes: stored as S, N or B, never absent */
    static boolean isKeyType(TypeMapping mapping) {
        return mapping.kind() != TypeMapping.Kind.OPTIONAL && mapping.kind() != TypeMapping.Kind.CONVERTED
                && mapping.stored() != null && mapping.stored().isKeyType();
    }

    private List<Declaration> declarations(List<AttributeModel> attributes, String annotation) {
        List<Declaration> found = new ArrayList<>();
        for (AttributeModel attribute : attributes) {
            annotations.find(attribute.element(), annotation)
                    .ifPresent(mirror -> found.add(new Declaration(attribute, mirror)));
        }
        return found;
    }

    /** @return why the table or index name is invalid, if it is */
    static Optional<String> nameProblem(String name) {
        if (name.length() < 3) {
            return Optional.of("it has " + name.length() + " characters, fewer than 3");
        }
        if (name.length() > 255) {
            return Optional.of("it has " + name.length() + " characters, more than 255");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '-' || c == '.';
            if (!allowed) {
                return Optional.of("the character '" + c + "' is not allowed");
            }
        }
        return Optional.empty();
    }
}
