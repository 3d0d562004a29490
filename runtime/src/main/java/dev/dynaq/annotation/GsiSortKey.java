package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The sort key of a global secondary index declared by a {@link GsiPartitionKey} with the same index name. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(GsiSortKey.List.class)
public @interface GsiSortKey {
    /** The index name, as given to the index's {@link GsiPartitionKey}. */
    String index();

    /** Container of repeated {@link GsiSortKey}s. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @interface List {
        /** The repeated annotations. */
        GsiSortKey[] value();
    }
}
