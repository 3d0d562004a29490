package dev.dynaq.it.model;

import dev.dynaq.annotation.Attribute;
import dev.dynaq.annotation.DynamoDocument;
import java.util.Optional;

@DynamoDocument
public record Address(String street, @Attribute("zip_code") int zipCode, Optional<String> city) {
}
