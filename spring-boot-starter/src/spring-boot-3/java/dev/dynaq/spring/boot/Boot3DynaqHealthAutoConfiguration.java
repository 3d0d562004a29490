package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code dynaq} health indicator ({@link Boot3DynaqHealthIndicator}) on Spring Boot 3.5, when its
 * actuator is present; off with {@code management.health.dynaq.enabled=false}. Compiled only into the
 * starter built with the profile {@code spring-boot-3}.
 */
@AutoConfiguration(after = DynaqAutoConfiguration.class)
@ConditionalOnClass(name = Boot3DynaqHealthAutoConfiguration.HEALTH_INDICATOR)
public class Boot3DynaqHealthAutoConfiguration {
    static final String HEALTH_INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";

    /** Kept apart so that the condition's own class is only read where the actuator exists. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("dynaq")
    @ConditionalOnBean(Dynaq.class)
    static class Indicator {
        @Bean
        @ConditionalOnMissingBean(name = "dynaqHealthIndicator")
        Boot3DynaqHealthIndicator dynaqHealthIndicator(Dynaq dynaq, DynaqTables tables) {
            return new Boot3DynaqHealthIndicator(dynaq, tables);
        }
    }
}
