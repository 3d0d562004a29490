package dev.dynaq.processor.reader;

import com.palantir.javapoet.ClassName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads one {@code @DynamoTable} or {@code @DynamoDocument} type into an {@link EntityModel}: first the
 * type's shape, then its properties and their type mappings, then (for tables) keys, indexes and the
 * version. Every problem becomes a {@link Diagnostics} entry in the result's report; reading never
 * throws at the user and never prints directly.
 */
public final class EntityReader {
    private final Annotations annotations;
    private final PropertyCollector properties;
    private final TypeMapper typeMapper;
    private final IndexCollector indexes;
    private final SingleTableReader singleTables;
    private final FormatReader formats;
    private final LifecycleReader lifecycles;

    /** @param environment the processing environment */
    public EntityReader(ProcessingEnvironment environment) {
        this.annotations = new Annotations(environment.getElementUtils());
        this.properties = new PropertyCollector(annotations, environment.getTypeUtils());
        this.typeMapper = new TypeMapper(annotations, environment.getElementUtils(), environment.getTypeUtils());
        this.indexes = new IndexCollector(annotations);
        this.singleTables = new SingleTableReader(annotations);
        this.formats = new FormatReader(annotations);
        this.lifecycles = new LifecycleReader(annotations);
    }

    /**
     * @param type an annotated type
     * @return the model, or the errors, or a deferral
     */
    public ReadResult read(TypeElement type) {
        ReadContext context = new ReadContext();
        Report report = context.report();
        Optional<AnnotationMirror> table = annotations.find(type, Annotations.DYNAMO_TABLE);
        Optional<AnnotationMirror> document = annotations.find(type, Annotations.DYNAMO_DOCUMENT);
        Optional<AnnotationMirror> shared = annotations.find(type, Annotations.DYNAMO_ENTITY);
        AnnotationMirror marker = table.or(() -> document).or(() -> shared).orElse(null);
        if (marker == null) {
            throw new IllegalArgumentException(type + " is not annotated @DynamoTable, @DynamoDocument or @DynamoEntity");
        }
        if (shared.isPresent() && marker != shared.get()) {
            report.error(Diagnostics.ENTITY_TWO_KINDS, type, shared.get(), null, type.getQualifiedName(),
                    Annotations.simpleName(marker));
            return result(null, context);
        }
        if (table.isPresent() && document.isPresent()) {
            report.error(Diagnostics.ENTITY_TABLE_AND_DOCUMENT, type, document.get(), null, type.getQualifiedName());
            return result(null, context);
        }
        Optional<EntityModel.Kind> kind = checkShape(type, marker, report);
        if (kind.isEmpty()) {
            return result(null, context);
        }
        List<Property> found = kind.get() == EntityModel.Kind.RECORD
                ? properties.recordComponents(type, report)
                : properties.beanProperties(type, report);
        List<AttributeModel> attributes = attributes(found, formats.defaults(type, marker, report), context);
        if (report.hasErrors()) {
            return result(null, context);
        }
        ClassName className = ClassName.get(type);
        if (document.isPresent()) {
            checkNoKeys(type, attributes, report);
            EntityModel model = new EntityModel(type, className, kind.get(), true, null, attributes, null, List.of(),
                    null, null);
            return result(model, context);
        }
        LifecycleReader.Result lifecycle = lifecycles.read(attributes, report);
        attributes = lifecycle.attributes();
        if (shared.isPresent()) {
            List<AttributeModel> mapped = attributes;
            Optional<SingleTableReader.EntityKeys> keys = singleTables.readEntity(type, shared.get(), mapped, context);
            Optional<AttributeModel> version = version(mapped, report);
            return result(keys.map(k -> new EntityModel(type, className, kind.get(), false, k.tableName(), mapped,
                    k.primaryKey(), k.secondaryIndexes(), version.orElse(null), k.entity(), lifecycle.lifecycle())).orElse(null),
                    context);
        }
        Optional<String> tableName = tableName(type, table.get(), report);
        IndexCollector.Keys keys = indexes.collect(type, table.get(), attributes, report);
        Optional<AttributeModel> version = version(attributes, report);
        keys.primaryKey().ifPresent(primary -> formats.checkSortKeys(primary, keys.secondaryIndexes(), report));
        if (report.hasErrors() || tableName.isEmpty() || keys.primaryKey().isEmpty()) {
            return result(null, context);
        }
        EntityModel model = new EntityModel(type, className, kind.get(), false, tableName.get(), attributes,
                keys.primaryKey().get(), keys.secondaryIndexes(), version.orElse(null), null, lifecycle.lifecycle());
        return result(model, context);
    }

    private static ReadResult result(EntityModel model, ReadContext context) {
        boolean failed = context.report().hasErrors();
        return new ReadResult(failed ? null : model, context.report(), context.hasUnresolved());
    }

    /** @return the kind of entity, when the type can be one */
    private Optional<EntityModel.Kind> checkShape(TypeElement type, AnnotationMirror marker, Report report) {
        String annotation = Annotations.simpleName(marker);
        String what = switch (type.getKind()) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            case CLASS -> type.getModifiers().contains(Modifier.ABSTRACT) ? "an abstract class" : null;
            default -> null;
        };
        if (what != null) {
            report.error(Diagnostics.ENTITY_KIND, type, marker, null, annotation, what, type.getQualifiedName());
            return Optional.empty();
        }
        boolean valid = true;
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            report.error(Diagnostics.ENTITY_INNER, type, marker, null, type.getSimpleName(), "a local class");
            valid = false;
        } else if (type.getNestingKind() == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.STATIC)) {
            report.error(Diagnostics.ENTITY_INNER, type, marker, null, type.getQualifiedName(),
                    "an inner (non-static) class");
            valid = false;
        } else if (!TypeMapper.isPubliclyReachable(type)) {
            report.error(Diagnostics.ENTITY_NOT_PUBLIC, type, marker, null, type.getQualifiedName());
            valid = false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            String variables = type.getTypeParameters().stream()
                    .map(parameter -> parameter.getSimpleName().toString())
                    .collect(Collectors.joining(", ", "<", ">"));
            report.error(Diagnostics.ENTITY_GENERIC, type.getTypeParameters().get(0), type.getQualifiedName(),
                    variables);
            valid = false;
        }
        if (type.getKind() == ElementKind.RECORD) {
            return valid ? Optional.of(EntityModel.Kind.RECORD) : Optional.empty();
        }
        boolean constructor = false;
        for (ExecutableElement candidate : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            constructor |= candidate.getParameters().isEmpty() && candidate.getModifiers().contains(Modifier.PUBLIC);
        }
        if (!constructor) {
            report.error(Diagnostics.BEAN_CONSTRUCTOR, type, marker, null, type.getQualifiedName());
            valid = false;
        }
        return valid ? Optional.of(EntityModel.Kind.BEAN) : Optional.empty();
    }

    /** Maps every property and checks the attribute names. */
    private List<AttributeModel> attributes(List<Property> found, FormatReader.Defaults defaults, ReadContext context) {
        Report report = context.report();
        List<AttributeModel> attributes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Property property : found) {
            Optional<TypeMapping> mapping = typeMapper.map(property, context)
                    .flatMap(mapped -> formats.apply(mapped, property, defaults, report));
            String attributeName = property.name();
            Optional<AnnotationMirror> rename = annotations.find(property.element(), Annotations.ATTRIBUTE);
            if (rename.isPresent()) {
                attributeName = annotations.string(rename.get(), "value");
                if (attributeName.isEmpty()) {
                    report.error(Diagnostics.ATTRIBUTE_EMPTY, property.element(), rename.get(),
                            annotations.value(rename.get(), "value"), property.name());
                    continue;
                }
            }
            String previous = names.putIfAbsent(attributeName, property.name());
            if (previous != null) {
                AnnotationValue value = rename.map(mirror -> annotations.value(mirror, "value")).orElse(null);
                report.error(Diagnostics.ATTRIBUTE_DUPLICATE, property.element(), rename.orElse(null), value,
                        property.name(), attributeName, previous);
                continue;
            }
            if (mapping.isPresent()) {
                attributes.add(new AttributeModel(property.element(), property.name(), attributeName, mapping.get(),
                        property.getterName(), property.setterName()));
            }
        }
        return attributes;
    }

    /** @return the table name, when valid */
    private Optional<String> tableName(TypeElement type, AnnotationMirror table, Report report) {
        String name = annotations.string(table, "name");
        Optional<AnnotationValue> explicit = annotations.explicitValue(table, "name");
        if (name.isEmpty()) {
            name = type.getSimpleName().toString();
        }
        Optional<String> problem = IndexCollector.nameProblem(name);
        if (problem.isPresent()) {
            report.error(Diagnostics.NAME_TABLE, type, table, explicit.orElse(null), name, problem.get());
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** @return the {@code @Version} attribute, if valid */
    private Optional<AttributeModel> version(List<AttributeModel> attributes, Report report) {
        AttributeModel version = null;
        for (AttributeModel attribute : attributes) {
            Optional<AnnotationMirror> mirror = annotations.find(attribute.element(), Annotations.VERSION);
            if (mirror.isEmpty()) {
                continue;
            }
            TypeMapping.Kind kind = attribute.type().kind();
            if (version != null) {
                report.error(Diagnostics.VERSION_DUPLICATE, attribute.element(), mirror.get(), null,
                        attribute.propertyName(), version.propertyName());
            } else if (kind != TypeMapping.Kind.INT && kind != TypeMapping.Kind.LONG) {
                report.error(Diagnostics.VERSION_TYPE, attribute.element(), mirror.get(), null,
                        attribute.propertyName(), attribute.type().javaType());
            } else if (isTableKey(attribute)) {
                report.error(Diagnostics.VERSION_ON_KEY, attribute.element(), mirror.get(), null,
                        attribute.propertyName());
            }
            if (version == null) {
                version = attribute;
            }
        }
        return Optional.ofNullable(version);
    }

    private boolean isTableKey(AttributeModel attribute) {
        return annotations.has(attribute.element(), Annotations.PARTITION_KEY)
                || annotations.has(attribute.element(), Annotations.SORT_KEY);
    }

    /** Reports key, index and version annotations inside a document, where they would be ignored. */
    private void checkNoKeys(TypeElement type, List<AttributeModel> attributes, Report report) {
        for (AttributeModel attribute : attributes) {
            for (AnnotationMirror mirror : attribute.element().getAnnotationMirrors()) {
                if (Annotations.TABLE_ONLY.contains(Annotations.name(mirror))) {
                    report.error(Diagnostics.DOCUMENT_KEY, attribute.element(), mirror, null,
                            Annotations.simpleName(mirror), attribute.propertyName(), type.getSimpleName());
                }
            }
        }
    }
}
