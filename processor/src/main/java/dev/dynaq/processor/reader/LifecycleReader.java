package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.LifecycleModel;
import dev.dynaq.processor.model.TypeMapping;
import dev.dynaq.processor.model.TypeMapping.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Reads the lifecycle attributes of a table entity: {@code @TimeToLive}, {@code @CreatedDate},
 * {@code @LastModifiedDate} and {@code @AtomicCounter}, checking their types, that each role is taken
 * once (counters excepted), that none is a table key and that no property has two roles (the
 * {@code @Version} counts as one). A time to live on an {@code Instant} is remapped to
 * {@link Format#EPOCH_SECONDS}, the N form DynamoDB's TTL reads.
 */
final class LifecycleReader {
    /** The lifecycle annotations, in the order a property's roles are reported. */
    private static final List<String> ROLES = List.of(Annotations.TIME_TO_LIVE, Annotations.CREATED_DATE,
            Annotations.LAST_MODIFIED_DATE, Annotations.ATOMIC_COUNTER, Annotations.VERSION);

    private static final Set<Kind> COUNTER_KINDS = EnumSet.of(Kind.INT, Kind.LONG, Kind.BIG_INTEGER, Kind.BIG_DECIMAL);

    /**
     * The entity's attributes as the rest of the model uses them, and its lifecycle.
     *
     * @param attributes the attributes, the time to live remapped
     * @param lifecycle the lifecycle attributes, taken from {@code attributes}
     */
    record Result(List<AttributeModel> attributes, LifecycleModel lifecycle) {
    }

    private final Annotations annotations;

    LifecycleReader(Annotations annotations) {
        this.annotations = annotations;
    }

    /**
     * @param attributes the entity's mapped attributes, in declaration order
     * @param report where problems go
     * @return the attributes (the time to live remapped) and the lifecycle; meaningful only when no
     *     error was reported
     */
    Result read(List<AttributeModel> attributes, Report report) {
        List<AttributeModel> remapped = new ArrayList<>(attributes.size());
        AttributeModel timeToLive = null;
        AttributeModel created = null;
        AttributeModel modified = null;
        List<LifecycleModel.Counter> counters = new ArrayList<>();
        for (AttributeModel attribute : attributes) {
            AttributeModel current = attribute;
            Optional<String> role = singleRole(attribute, report);
            if (role.isEmpty()) {
                remapped.add(current);
                continue;
            }
            AnnotationMirror mirror = annotations.find(attribute.element(), role.get()).orElseThrow();
            if (!role.get().equals(Annotations.VERSION) && isTableKey(attribute)) {
                String name = Annotations.simpleName(mirror);
                report.error(Diagnostics.LIFECYCLE_ON_KEY, attribute.element(), mirror, null, name, attribute.propertyName(),
                        name);
                remapped.add(current);
                continue;
            }
            switch (role.get()) {
                case Annotations.TIME_TO_LIVE -> {
                    current = timeToLive(attribute, mirror, report);
                    checkFormat(attribute, report);
                    if (timeToLive != null) {
                        report.error(Diagnostics.TTL_DUPLICATE, attribute.element(), mirror, null, attribute.propertyName(),
                                timeToLive.propertyName());
                    } else {
                        timeToLive = current;
                    }
                }
                case Annotations.CREATED_DATE -> created = date(attribute, mirror, created, report);
                case Annotations.LAST_MODIFIED_DATE -> modified = date(attribute, mirror, modified, report);
                case Annotations.ATOMIC_COUNTER -> counter(attribute, mirror, report).ifPresent(counters::add);
                default -> {
                    // @Version alone: read by EntityReader
                }
            }
            remapped.add(current);
        }
        return new Result(remapped, new LifecycleModel(timeToLive, created, modified, counters));
    }

    /** @return the property's one lifecycle or version annotation; reports a second one */
    private Optional<String> singleRole(AttributeModel attribute, Report report) {
        String first = null;
        for (String role : ROLES) {
            Optional<AnnotationMirror> mirror = annotations.find(attribute.element(), role);
            if (mirror.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = role;
            } else {
                report.error(Diagnostics.LIFECYCLE_ROLES, attribute.element(), mirror.get(), null, attribute.propertyName(),
                        first.substring(Annotations.PACKAGE.length()), Annotations.simpleName(mirror.get()));
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
    }

    /** @return the attribute as a time to live: an {@code Instant} stored as epoch seconds, or a {@code long} */
    private static AttributeModel timeToLive(AttributeModel attribute, AnnotationMirror mirror, Report report) {
        TypeMapping type = attribute.type();
        if (type.kind() == Kind.LONG) {
            return attribute;
        }
        if (type.kind() != Kind.INSTANT) {
            report.error(Diagnostics.TTL_TYPE, attribute.element(), mirror, null, attribute.propertyName(), type.javaType());
            return attribute;
        }
        TypeMapping epochSeconds = type.withFormat(Format.EPOCH_SECONDS);
        return new AttributeModel(attribute.element(), attribute.propertyName(), attribute.attributeName(), epochSeconds,
                attribute.getterName(), attribute.setterName());
    }

    /**
     * Refuses a {@code @Format} other than {@code EPOCH_SECONDS} on an {@code Instant} time to live, which would
     * otherwise be overridden without a word. A format that does not fit an {@code Instant} at all is the
     * {@link FormatReader}'s to report.
     */
    private void checkFormat(AttributeModel attribute, Report report) {
        Optional<AnnotationMirror> format = annotations.find(attribute.element(), Annotations.FORMAT);
        if (format.isEmpty() || attribute.type().kind() != Kind.INSTANT) {
            return;
        }
        String name = annotations.enumConstant(format.get(), "value");
        boolean fits = name.equals("DEFAULT") || Format.valueOf(name).fits(Kind.INSTANT);
        if (fits && !name.equals(Format.EPOCH_SECONDS.name())) {
            report.error(Diagnostics.TTL_FORMAT, attribute.element(), format.get(), annotations.value(format.get(), "value"),
                    attribute.propertyName(), name);
        }
    }

    /** @return the date attribute of this role: {@code previous} if there was one, else {@code attribute} */
    private static AttributeModel date(AttributeModel attribute, AnnotationMirror mirror, AttributeModel previous,
            Report report) {
        String name = Annotations.simpleName(mirror);
        if (attribute.type().kind() != Kind.INSTANT) {
            report.error(Diagnostics.DATE_TYPE, attribute.element(), mirror, null, name, attribute.propertyName(),
                    attribute.type().javaType());
        }
        if (previous != null) {
            report.error(Diagnostics.DATE_DUPLICATE, attribute.element(), mirror, null, attribute.propertyName(), name,
                    previous.propertyName());
            return previous;
        }
        return attribute;
    }

    private Optional<LifecycleModel.Counter> counter(AttributeModel attribute, AnnotationMirror mirror, Report report) {
        if (!COUNTER_KINDS.contains(attribute.type().kind())) {
            report.error(Diagnostics.COUNTER_TYPE, attribute.element(), mirror, null, attribute.propertyName(),
                    attribute.type().javaType());
            return Optional.empty();
        }
        long delta = annotations.longValue(mirror, "delta");
        if (delta == 0) {
            report.error(Diagnostics.COUNTER_DELTA, attribute.element(), mirror, annotations.value(mirror, "delta"),
                    attribute.propertyName());
            return Optional.empty();
        }
        long start = annotations.longValue(mirror, "start");
        if (attribute.type().kind() == Kind.INT) {
            for (String member : List.of("start", "delta")) {
                long value = member.equals("start") ? start : delta;
                if (value != (int) value) {
                    report.error(Diagnostics.COUNTER_RANGE, attribute.element(), mirror, annotations.value(mirror, member),
                            attribute.propertyName(), member, value);
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new LifecycleModel.Counter(attribute, start, delta));
    }

    private boolean isTableKey(AttributeModel attribute) {
        return annotations.has(attribute.element(), Annotations.PARTITION_KEY)
                || annotations.has(attribute.element(), Annotations.SORT_KEY);
    }
}
