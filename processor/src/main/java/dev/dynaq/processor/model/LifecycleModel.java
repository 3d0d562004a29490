package dev.dynaq.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The attributes of a table entity that DynamoDB or Dynaq maintains over the item's life: its expiry
 * time ({@code @TimeToLive}), its created and last-modified dates ({@code @CreatedDate},
 * {@code @LastModifiedDate}) and its counters ({@code @AtomicCounter}). Each attribute is one of the
 * entity's {@link EntityModel#attributes()}; none is a table key.
 *
 * @param timeToLive the {@code @TimeToLive} attribute, stored as N epoch seconds, or {@code null}
 * @param createdDate the {@code @CreatedDate} attribute ({@code Instant}), or {@code null}
 * @param lastModifiedDate the {@code @LastModifiedDate} attribute ({@code Instant}), or {@code null}
 * @param counters the {@code @AtomicCounter} attributes, in declaration order
 */
public record LifecycleModel(
        AttributeModel timeToLive,
        AttributeModel createdDate,
        AttributeModel lastModifiedDate,
        List<Counter> counters) {

    /** An entity without lifecycle attributes (also every document). */
    public static final LifecycleModel NONE = new LifecycleModel(null, null, null, List.of());

    /**
     * One {@code @AtomicCounter}.
     *
     * @param attribute the number attribute
     * @param start the value before the first increment
     * @param delta what every update adds (not 0)
     */
    public record Counter(AttributeModel attribute, long start, long delta) {
        /** Validates. */
        public Counter {
            Objects.requireNonNull(attribute, "attribute");
            if (delta == 0) {
                throw new IllegalArgumentException("a counter's delta is not 0");
            }
        }
    }

    /** Copies. */
    public LifecycleModel {
        counters = List.copyOf(counters);
    }

    /**
     * @return the attribute DynamoDB's time to live reads (what {@code UpdateTimeToLive} and a
     *     CloudFormation/Terraform {@code TimeToLiveSpecification} name), holding N epoch seconds
     */
    public Optional<AttributeModel> timeToLiveAttribute() {
        return Optional.ofNullable(timeToLive);
    }

    /** @return the {@code @CreatedDate} attribute */
    public Optional<AttributeModel> createdDateAttribute() {
        return Optional.ofNullable(createdDate);
    }

    /** @return the {@code @LastModifiedDate} attribute */
    public Optional<AttributeModel> lastModifiedDateAttribute() {
        return Optional.ofNullable(lastModifiedDate);
    }

    /** @return whether the entity has no lifecycle attribute at all */
    public boolean isEmpty() {
        return timeToLive == null && createdDate == null && lastModifiedDate == null && counters.isEmpty();
    }

    /** @return whether writes set attributes themselves: a date or a counter (not only a TTL) */
    public boolean stampsWrites() {
        return createdDate != null || lastModifiedDate != null || !counters.isEmpty();
    }

    /** @return whether a date is set from the table's clock, so the table offers {@code withClock} */
    public boolean usesClock() {
        return createdDate != null || lastModifiedDate != null;
    }
}
