package dev.dynaq.processor.model;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;

/**
 * The composed key of a single-table entity in the table or in one global index: from
 * {@code @KeyTemplate} or {@code @IndexTemplate}.
 *
 * @param indexName the global index; {@code null} for the table's key
 * @param partitionAttribute the attribute the partition template is written to ({@code pk}, {@code gsi1pk})
 * @param sortAttribute the attribute the sort template is written to ({@code sk}, {@code gsi1sk})
 * @param partition the partition key template
 * @param sort the sort key template
 * @param queryName the base of the query method name: {@code queryBy<QueryName>}
 * @param collection the explicit item collection name, or {@code null} to derive it
 * @param annotation the template annotation; only for error positions
 */
public record EntityKeyModel(
        String indexName,
        String partitionAttribute,
        String sortAttribute,
        KeyTemplateModel partition,
        KeyTemplateModel sort,
        String queryName,
        String collection,
        AnnotationMirror annotation) {

    /** Validates. */
    public EntityKeyModel {
        Objects.requireNonNull(partitionAttribute, "partitionAttribute");
        Objects.requireNonNull(sortAttribute, "sortAttribute");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(queryName, "queryName");
    }

    /** @return whether this is the table's key (not an index's) */
    public boolean isTableKey() {
        return indexName == null;
    }
}
