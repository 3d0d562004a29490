package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The item's expiry time, for DynamoDB's time to live (TTL): the property ({@code Instant},
 * {@code long} or {@code Long}) is stored as a number (N) of seconds since the epoch, the only form
 * DynamoDB's TTL reads (an ISO text or milliseconds would never expire). A {@code long} holds epoch
 * seconds itself; an {@code Instant} is stored with second precision, its fraction of a second
 * dropped, and reads back as {@code Instant.ofEpochSecond(n)}. A {@code null} (or absent) value means
 * the item never expires. A {@code @Format} other than {@code EPOCH_SECONDS} on it is a compile error
 * ({@code DYNAQ-TTL-FORMAT}); the entity's {@code formats} defaults do not apply to it.
 *
 * <p>{@code createTable()} enables TTL on this attribute ({@code UpdateTimeToLive}); the generated
 * table's {@code updateTimeToLiveRequest()} gives the same setting to your own tooling. DynamoDB
 * deletes expired items in the background, typically within a few days of their expiry, so reads
 * still see an item after its time; filter on the attribute when that matters. At most one property
 * of an entity, never a table key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface TimeToLive {
}
