package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking: the property ({@code int}, {@code long}, {@code Integer} or {@code Long}) holds
 * the item's version. Writes are conditional on the version read and increment it; a new item is
 * written with version 1 and only if its key does not exist yet.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {
}
