package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;

/**
 * Changes the {@link Dynaq} environment the starter builds, after the {@code dynaq.*} properties are
 * applied: a bean of this type can set options the properties do not cover. Customizers run in
 * {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface DynaqBuilderCustomizer {
    /** @param builder the builder, with clients, table names and the properties' options set */
    void customize(Dynaq.Builder builder);
}
