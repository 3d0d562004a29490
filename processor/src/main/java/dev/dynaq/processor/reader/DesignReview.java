package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.ReviewNote;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The design-review notes of the table entities: what a DynamoDB design review would question, each
 * with its reason. Notes are entries of the access-pattern report, not compiler messages, so that a
 * {@code -Werror} build keeps compiling; with {@code strict} each is also an error on the property it
 * is about.
 * <ul>
 *   <li>{@link Diagnostics#REVIEW_PROJECTION_ALL}: an index with projection ALL on an entity that has
 *       document, list or map attributes, which every write copies into the index again;
 *   <li>{@link Diagnostics#REVIEW_LOW_CARDINALITY}: a global index whose partition key is an enum, a few
 *       values for all items (hot partitions); a boolean key is refused outright ({@link Diagnostics#KEY_TYPE});
 *   <li>{@link Diagnostics#REVIEW_LSI_LIMIT}: a local index, which caps each item collection at 10 GB.
 * </ul>
 */
final class DesignReview {
    /** How many constants of an enum key a note names. */
    private static final int SHOWN_CONSTANTS = 8;

    private final Elements elements;

    /** @param elements to count an enum's constants */
    DesignReview(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param entity a valid table entity
     * @param strict whether each note is also an error
     * @param report receives the errors under {@code strict}
     * @return the notes, in index order
     */
    List<ReviewNote> review(EntityModel entity, boolean strict, Report report) {
        List<ReviewNote> notes = new ArrayList<>();
        if (entity.singleTable() != null) {
            // a shared table's keys are composed strings and its indexes project every attribute by
            // declaration: none of these notes has a fix in the entity
            return notes;
        }
        List<String> large = largeAttributes(entity);
        for (IndexModel index : entity.secondaryIndexes()) {
            boolean global = index.kind() == IndexModel.Kind.GLOBAL;
            AttributeModel key = global ? index.partitionKey() : index.sortKey();
            if (index.projection() == IndexModel.Projection.ALL && !large.isEmpty()) {
                note(notes, entity, index, key, strict, report, Diagnostics.REVIEW_PROJECTION_ALL,
                        global ? "Global" : "Local", index.name(), entity.className().simpleName(), quoted(large));
            }
            if (global) {
                String values = fewValues(index.partitionKey());
                if (values != null) {
                    note(notes, entity, index, key, strict, report, Diagnostics.REVIEW_LOW_CARDINALITY, index.name(),
                            index.partitionKey().propertyName(), values);
                }
            } else {
                note(notes, entity, index, key, strict, report, Diagnostics.REVIEW_LSI_LIMIT, index.name(),
                        entity.tableName(), index.partitionKey().propertyName());
            }
        }
        return notes;
    }

    private static void note(List<ReviewNote> notes, EntityModel entity, IndexModel index, AttributeModel key,
            boolean strict, Report report, Diagnostics diagnostic, Object... arguments) {
        Element element = key.element();
        notes.add(new ReviewNote(diagnostic.id(), diagnostic.format(arguments), entity.className(), entity.tableName(),
                index.name(), element));
        if (strict) {
            report.error(diagnostic, element, arguments);
        }
    }

    /** @return the attribute names of the documents, lists and maps that are no key */
    private static List<String> largeAttributes(EntityModel entity) {
        List<String> large = new ArrayList<>();
        for (AttributeModel attribute : entity.attributes()) {
            TypeMapping.Kind kind = attribute.type().valueMapping().kind();
            if (kind == TypeMapping.Kind.DOCUMENT || kind == TypeMapping.Kind.LIST || kind == TypeMapping.Kind.MAP) {
                large.add(attribute.attributeName());
            }
        }
        return large;
    }

    /**
     * @return "5 values (PENDING, ...)" for an enum, else {@code null}; a boolean cannot be a key at all
     *     ({@link Diagnostics#KEY_TYPE}: DynamoDB keys are S, N or B), so it never reaches the review
     */
    private String fewValues(AttributeModel key) {
        TypeMapping type = key.type().valueMapping();
        if (type.kind() != TypeMapping.Kind.ENUM || type.support() == null) {
            return null;
        }
        TypeElement enumType = elements.getTypeElement(type.support().canonicalName());
        if (enumType == null) {
            return null;
        }
        List<String> constants = new ArrayList<>();
        for (Element member : enumType.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add(member.getSimpleName().toString());
            }
        }
        String shown = constants.size() <= SHOWN_CONSTANTS ? String.join(", ", constants)
                : String.join(", ", constants.subList(0, SHOWN_CONSTANTS)) + ", ...";
        return constants.size() + (constants.size() == 1 ? " value (" : " values (") + shown + ")";
    }

    private static String quoted(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }
}
