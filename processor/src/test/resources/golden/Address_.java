package com.acme;

import dev.dynaq.AttributeConverter;
import dev.dynaq.DynaqException;
import dev.dynaq.NumberAttribute;
import dev.dynaq.StringAttribute;
import dev.dynaq.internal.Converters;
import dev.dynaq.internal.ItemDecoding;
import dev.dynaq.internal.Values;
import dev.dynaq.internal.direct.JsonItem;
import dev.dynaq.internal.direct.ValueDecoder;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The metamodel of document {@link Address}: one typed constant per attribute, for conditions
 * on its fields, and its converter to a DynamoDB map.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class Address_ {
    /**
     * Converts {@link Address} to a DynamoDB map (M) and back, without reflection.
     */
    public static final AttributeConverter<Address> CONVERTER = new Converter();

    /**
     * Property {@code street} of {@link Address}, stored as S.
     */
    public static final StringAttribute<Address> street = new StringAttribute<>(Address.class,
            "street", "street");

    /**
     * Property {@code zipCode} of {@link Address}, stored in attribute {@code zip_code} as N.
     */
    public static final NumberAttribute<Address, Integer> zipCode = new NumberAttribute<>(Address.class,
            "zipCode", "zip_code", Converters.INTEGER);

    /**
     * Property {@code city} of {@link Address}, stored as S.
     */
    public static final StringAttribute<Address> city = new StringAttribute<>(Address.class, "city",
            "city");

    private Address_() {
    }

    private static final class Converter implements AttributeConverter<Address>, ValueDecoder<Address> {
        @Override
        public AttributeValue toAttributeValue(Address value) {
            Map<String, AttributeValue> item = new HashMap<>(4);
            String street = value.street();
            if (street != null) {
                item.put("street", AttributeValue.createS(street));
            }
            item.put("zip_code", Values.fromInt(value.zipCode()));
            Optional<String> city = value.city();
            if (city != null && city.isPresent()) {
                item.put("city", AttributeValue.createS(city.get()));
            }
            return AttributeValue.fromM(item);
        }

        @Override
        public Address fromAttributeValue(AttributeValue value) {
            Map<String, AttributeValue> item = ItemDecoding.members(value, "Address");
            try {
                return new Address(
                        Values.toStringValue(item.get("street")),
                        Values.toInt(item.get("zip_code")),
                        Optional.ofNullable(Values.toStringValue(item.get("city"))));
            } catch (DynaqException unreadable) {
                throw ItemDecoding.unreadable(List.of(Address_.street, Address_.zipCode,
                        Address_.city), item, unreadable);
            }
        }

        @Override
        public Address decode(String type, JsonItem in) throws IOException {
            in.members(type);
            String street = null;
            Integer zipCode = null;
            String city = null;
            for (String name = in.nextAttribute(); name != null; name = in.nextAttribute()) {
                switch (name) {
                    case "street" -> street = in.read(Address_.street.converter());
                    case "zip_code" -> zipCode = in.read(Address_.zipCode.converter());
                    case "city" -> city = in.read(Address_.city.converter());
                    default -> in.skip();
                }
            }
            return new Address(
                    street,
                    zipCode == null ? 0 : zipCode,
                    Optional.ofNullable(city));
        }
    }
}
