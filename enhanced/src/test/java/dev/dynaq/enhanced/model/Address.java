package dev.dynaq.enhanced.model;

import dev.dynaq.annotation.Attribute;
import dev.dynaq.annotation.DynamoDocument;

/**
 * A destination, stored as a map.
 *
 * @param street the street
 * @param zipCode the zip code
 * @param city the city
 */
@DynamoDocument
public record Address(String street, @Attribute("zip_code") int zipCode, String city) {
}
