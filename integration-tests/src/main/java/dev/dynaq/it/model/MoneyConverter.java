package dev.dynaq.it.model;

import dev.dynaq.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public class MoneyConverter implements AttributeConverter<Money> {
    @Override
    public AttributeValue toAttributeValue(Money value) {
        return AttributeValue.fromS(value.cents() + " " + value.currency());
    }

    @Override
    public Money fromAttributeValue(AttributeValue value) {
        String[] parts = value.s().split(" ");
        return new Money(Long.parseLong(parts[0]), parts[1]);
    }
}
