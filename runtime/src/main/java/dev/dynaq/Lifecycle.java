package dev.dynaq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The attributes of an entity that are maintained over the item's life rather than set by the caller:
 * its expiry time for DynamoDB's time to live ({@link dev.dynaq.annotation.TimeToLive @TimeToLive}),
 * its created and last-modified dates ({@link dev.dynaq.annotation.CreatedDate @CreatedDate},
 * {@link dev.dynaq.annotation.LastModifiedDate @LastModifiedDate}) and its counters
 * ({@link dev.dynaq.annotation.AtomicCounter @AtomicCounter}). Generated as part of
 * {@code Order_.SCHEMA} ({@link ItemSchema#lifecycle()}); the table's writes read it. Immutable.
 *
 * @param <T> the entity type
 */
public final class Lifecycle<T> {
    private static final Lifecycle<Object> NONE = new Lifecycle<>(null, null, null, List.of(), (item, stored) -> item);

    /**
     * One {@code @AtomicCounter}.
     *
     * @param attribute the number attribute
     * @param start the value of a counter never incremented, written by the first put
     * @param delta what every update adds; not 0
     * @param <T> the entity type
     */
    public record Counter<T>(NumberAttribute<T, ?> attribute, long start, long delta) {
        /** Validates. */
        public Counter {
            Objects.requireNonNull(attribute, "attribute");
            if (delta == 0) {
                throw new IllegalArgumentException(attribute.describe() + ": a counter's delta is not 0");
            }
        }
    }

    private final Attribute<T, ?> timeToLive;
    private final Attribute<T, Instant> createdDate;
    private final Attribute<T, Instant> lastModifiedDate;
    private final List<Counter<T>> counters;
    private final BinaryOperator<T> applyStored;

    private Lifecycle(Attribute<T, ?> timeToLive, Attribute<T, Instant> createdDate, Attribute<T, Instant> lastModifiedDate,
            List<Counter<T>> counters, BinaryOperator<T> applyStored) {
        this.timeToLive = timeToLive;
        this.createdDate = createdDate;
        this.lastModifiedDate = lastModifiedDate;
        this.counters = List.copyOf(counters);
        this.applyStored = applyStored;
    }

    /**
     * @param <T> the entity type
     * @return the lifecycle of an entity without such attributes
     */
    @SuppressWarnings("unchecked") // holds no T: every attribute is absent and applyStored returns its first argument
    public static <T> Lifecycle<T> none() {
        return (Lifecycle<T>) NONE;
    }

    /**
     * @param <T> the entity type
     * @return a builder; generated code uses it
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** @return the {@code @TimeToLive} attribute, stored as N epoch seconds */
    public Optional<Attribute<T, ?>> timeToLive() {
        return Optional.ofNullable(timeToLive);
    }

    /** @return the {@code @CreatedDate} attribute */
    public Optional<Attribute<T, Instant>> createdDate() {
        return Optional.ofNullable(createdDate);
    }

    /** @return the {@code @LastModifiedDate} attribute */
    public Optional<Attribute<T, Instant>> lastModifiedDate() {
        return Optional.ofNullable(lastModifiedDate);
    }

    /** @return the {@code @AtomicCounter} attributes, in declaration order */
    public List<Counter<T>> counters() {
        return counters;
    }

    /** @return whether writes set attributes themselves (a date or a counter) */
    public boolean stampsWrites() {
        return createdDate != null || lastModifiedDate != null || !counters.isEmpty();
    }

    /**
     * @return whether a put must keep values of the stored item (the created date, counters), which only an
     *     {@code UpdateItem} can: puts of such entities are sent as one
     */
    public boolean keepsStoredValues() {
        return createdDate != null || !counters.isEmpty();
    }

    /**
     * @param item the item given to a write
     * @param stored the item as stored by it
     * @return the item with the stored dates and counters: the same bean with them set, or {@code stored}
     *     for a record
     */
    public T applyStored(T item, T stored) {
        return applyStored.apply(item, stored);
    }

    /**
     * Builds a {@link Lifecycle}; not thread-safe.
     *
     * @param <T> the entity type
     */
    public static final class Builder<T> {
        private Attribute<T, ?> timeToLive;
        private Attribute<T, Instant> createdDate;
        private Attribute<T, Instant> lastModifiedDate;
        private final List<Counter<T>> counters = new ArrayList<>();
        private BinaryOperator<T> applyStored = (item, stored) -> stored;

        private Builder() {
        }

        /**
         * @param attribute the {@code @TimeToLive} attribute
         * @return this builder
         */
        public Builder<T> timeToLive(Attribute<T, ?> attribute) {
            this.timeToLive = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * @param attribute the {@code @CreatedDate} attribute
         * @return this builder
         */
        public Builder<T> createdDate(Attribute<T, Instant> attribute) {
            this.createdDate = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * @param attribute the {@code @LastModifiedDate} attribute
         * @return this builder
         */
        public Builder<T> lastModifiedDate(Attribute<T, Instant> attribute) {
            this.lastModifiedDate = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * @param attribute an {@code @AtomicCounter} attribute
         * @param start its start value
         * @param delta what every update adds
         * @return this builder
         */
        public Builder<T> counter(NumberAttribute<T, ?> attribute, long start, long delta) {
            counters.add(new Counter<>(attribute, start, delta));
            return this;
        }

        /**
         * @param applyStored given the item of a write and the item as stored, returns the item with the
         *     stored dates and counters (a bean sets them on the item; a record returns the stored one, the
         *     default)
         * @return this builder
         */
        public Builder<T> applyStored(BinaryOperator<T> applyStored) {
            this.applyStored = Objects.requireNonNull(applyStored, "applyStored");
            return this;
        }

        /** @return the lifecycle */
        public Lifecycle<T> build() {
            return new Lifecycle<>(timeToLive, createdDate, lastModifiedDate, counters, applyStored);
        }
    }
}
