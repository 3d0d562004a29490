package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When the item was first written: an {@code Instant} property that Dynaq sets from the table's
 * {@link java.time.Clock} (system UTC unless given with {@code withClock(clock)}) and never changes
 * afterwards, like {@code if_not_exists}:
 * <ul>
 * <li>{@code put}, {@code save}, {@code putIfAbsent} and a transaction's put keep the stored created date
 * when the item exists, and otherwise store the item's own value, or the clock's time when it has none.
 * To keep the stored date these puts are sent as an {@code UpdateItem} that replaces every attribute of
 * the model (see the README's "Automatic timestamps and counters");</li>
 * <li>every {@code update(...)} stores the clock's time only when the item has no created date yet
 * (an update that creates the item);</li>
 * <li>{@code batchPut} cannot (BatchWriteItem has no conditions or update expressions): it stores the
 * item's own value, or the clock's time when it has none, replacing a stored one.</li>
 * </ul>
 * At most one property of an entity, never a key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface CreatedDate {
}
