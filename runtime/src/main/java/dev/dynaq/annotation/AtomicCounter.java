package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A counter that Dynaq maintains: every {@code update(...)} of the item adds {@link #delta()} to it
 * atomically in DynamoDB (concurrent updates never lose an increment), and the first write of the
 * item stores {@link #start()}. On an {@code int}, {@code long}, {@code Integer}, {@code Long},
 * {@code BigInteger} or {@code BigDecimal} property, never a key or the {@code @Version}:
 * <ul>
 * <li>{@code update(...)}: {@code ADD delta} when {@code start} is 0 (a missing counter counts as 0),
 * otherwise {@code SET c = if_not_exists(c, start) + delta}; an update that names the counter itself
 * ({@code add}, {@code set}, {@code remove}) does that instead;</li>
 * <li>{@code put}, {@code save}, {@code putIfAbsent} and a transaction's put keep the stored counter
 * and write {@code start} only when the item has none ({@code if_not_exists}); the item's own value is
 * not written;</li>
 * <li>{@code batchPut} cannot (BatchWriteItem has no conditions or update expressions): it writes the
 * item's own value, or {@code start} when that is {@code null}, replacing the stored counter.</li>
 * </ul>
 * An entity may have several counters.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AtomicCounter {
    /** @return the value of a counter that was never incremented */
    long start() default 0;

    /** @return what every update adds; not 0 (negative counts down) */
    long delta() default 1;
}
