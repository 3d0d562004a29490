package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code dynaq} health indicator ({@link DynaqHealthIndicator}) when Spring Boot 4's health support
 * is present (it comes with {@code spring-boot-starter-actuator}); off with
 * {@code management.health.dynaq.enabled=false}.
 */
@AutoConfiguration(after = DynaqAutoConfiguration.class)
@ConditionalOnClass(name = DynaqHealthAutoConfiguration.HEALTH_INDICATOR)
public class DynaqHealthAutoConfiguration {
    static final String HEALTH_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";

    /** Kept apart so that the condition's own class is only read where health support exists. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("dynaq")
    @ConditionalOnBean(Dynaq.class)
    static class Indicator {
        @Bean
        @ConditionalOnMissingBean(name = "dynaqHealthIndicator")
        DynaqHealthIndicator dynaqHealthIndicator(Dynaq dynaq, DynaqTables tables) {
            return new DynaqHealthIndicator(dynaq, tables);
        }
    }
}
