package dev.dynaq.annotation;

import dev.dynaq.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Converts the property with a custom {@link AttributeConverter}: a public class with a public no-arg
 * constructor whose value type is the property's type. Converted properties cannot be keys.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Convert {
    /** The converter class. */
    Class<? extends AttributeConverter<?>> value();
}
