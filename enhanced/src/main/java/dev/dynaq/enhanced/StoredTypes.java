package dev.dynaq.enhanced;

import dev.dynaq.Attribute;
import dev.dynaq.AttributeConverter;
import dev.dynaq.BinaryAttribute;
import dev.dynaq.ListAttribute;
import dev.dynaq.MapAttribute;
import dev.dynaq.NumberAttribute;
import dev.dynaq.SetAttribute;
import dev.dynaq.StringAttribute;
import dev.dynaq.internal.Converters;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * What the bridge knows, without reflection, of an attribute's Java type and stored DynamoDB type:
 * Dynaq's own scalar converters are recognised by identity, the attribute classes of the metamodel
 * ({@code NumberAttribute}, {@code ListAttribute}, ...) say the rest. Enums, documents and
 * {@code @Convert} converters are not known here.
 */
final class StoredTypes {
    private record Known(Class<?> javaType, AttributeValueType storedType) {
    }

    private static final Map<AttributeConverter<?>, Known> SCALARS = scalars();

    private StoredTypes() {
    }

    private static Map<AttributeConverter<?>, Known> scalars() {
        Map<AttributeConverter<?>, Known> known = new IdentityHashMap<>();
        known.put(Converters.STRING, new Known(String.class, AttributeValueType.S));
        known.put(Converters.INTEGER, new Known(Integer.class, AttributeValueType.N));
        known.put(Converters.LONG, new Known(Long.class, AttributeValueType.N));
        known.put(Converters.SHORT, new Known(Short.class, AttributeValueType.N));
        known.put(Converters.BYTE, new Known(Byte.class, AttributeValueType.N));
        known.put(Converters.FLOAT, new Known(Float.class, AttributeValueType.N));
        known.put(Converters.DOUBLE, new Known(Double.class, AttributeValueType.N));
        known.put(Converters.BIG_DECIMAL, new Known(java.math.BigDecimal.class, AttributeValueType.N));
        known.put(Converters.BIG_INTEGER, new Known(java.math.BigInteger.class, AttributeValueType.N));
        known.put(Converters.BOOLEAN, new Known(Boolean.class, AttributeValueType.BOOL));
        known.put(Converters.BYTES, new Known(byte[].class, AttributeValueType.B));
        known.put(Converters.SDK_BYTES, new Known(software.amazon.awssdk.core.SdkBytes.class, AttributeValueType.B));
        known.put(Converters.BYTE_BUFFER, new Known(java.nio.ByteBuffer.class, AttributeValueType.B));
        known.put(Converters.INSTANT, new Known(java.time.Instant.class, AttributeValueType.S));
        known.put(Converters.LOCAL_DATE, new Known(java.time.LocalDate.class, AttributeValueType.S));
        known.put(Converters.LOCAL_DATE_TIME, new Known(java.time.LocalDateTime.class, AttributeValueType.S));
        known.put(Converters.LOCAL_TIME, new Known(java.time.LocalTime.class, AttributeValueType.S));
        known.put(Converters.OFFSET_DATE_TIME, new Known(java.time.OffsetDateTime.class, AttributeValueType.S));
        known.put(Converters.ZONED_DATE_TIME, new Known(java.time.ZonedDateTime.class, AttributeValueType.S));
        known.put(Converters.DURATION, new Known(java.time.Duration.class, AttributeValueType.S));
        known.put(Converters.UUID_CONVERTER, new Known(java.util.UUID.class, AttributeValueType.S));
        return known;
    }

    /** @return the attribute's Java value type, or {@code Object} when the bridge cannot know it */
    static EnhancedType<?> javaType(Attribute<?, ?> attribute) {
        Known known = SCALARS.get(attribute.converter());
        if (known != null) {
            return EnhancedType.of(known.javaType());
        }
        if (attribute instanceof StringAttribute<?>) {
            return EnhancedType.of(String.class);
        }
        if (attribute instanceof ListAttribute<?, ?>) {
            return EnhancedType.of(List.class);
        }
        if (attribute instanceof SetAttribute<?, ?>) {
            return EnhancedType.of(Set.class);
        }
        if (attribute instanceof MapAttribute<?, ?>) {
            return EnhancedType.of(Map.class);
        }
        return EnhancedType.of(Object.class);
    }

    /** @return whether {@link #javaType} is the attribute's real Java type rather than {@code Object} */
    static boolean knowsJavaType(Attribute<?, ?> attribute) {
        return !javaType(attribute).rawClass().equals(Object.class);
    }

    /** @return the DynamoDB type the attribute's values are stored as, where the bridge can tell */
    static Optional<AttributeValueType> storedType(Attribute<?, ?> attribute) {
        Known known = SCALARS.get(attribute.converter());
        if (known != null) {
            return Optional.of(known.storedType());
        }
        if (attribute instanceof NumberAttribute<?, ?>) {
            return Optional.of(AttributeValueType.N);
        }
        if (attribute instanceof StringAttribute<?>) {
            return Optional.of(AttributeValueType.S);
        }
        if (attribute instanceof BinaryAttribute<?, ?>) {
            return Optional.of(AttributeValueType.B);
        }
        if (attribute instanceof ListAttribute<?, ?>) {
            return Optional.of(AttributeValueType.L);
        }
        if (attribute instanceof MapAttribute<?, ?>) {
            return Optional.of(AttributeValueType.M);
        }
        return Optional.empty();
    }

    static AttributeValueType of(software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType type) {
        return switch (type) {
            case S -> AttributeValueType.S;
            case N -> AttributeValueType.N;
            case B -> AttributeValueType.B;
            default -> throw new IllegalArgumentException("not a key attribute type: " + type);
        };
    }
}
