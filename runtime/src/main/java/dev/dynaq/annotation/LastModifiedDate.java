package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When the item was last written: an {@code Instant} property that every write of the item sets to the
 * time of the table's {@link java.time.Clock} (system UTC unless given with {@code withClock(clock)}):
 * {@code put}, {@code save}, {@code putIfAbsent}, every {@code update(...)}, a transaction's puts and
 * updates, and {@code batchPut}. The value the item carries is ignored. At most one property of an
 * entity, never a key; the name follows Spring Data's {@code @LastModifiedDate}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface LastModifiedDate {
}
