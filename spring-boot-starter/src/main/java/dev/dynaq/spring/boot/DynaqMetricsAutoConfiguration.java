package dev.dynaq.spring.boot;

import dev.dynaq.micrometer.MicrometerRequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Micrometer meters of every request of the application's tables ({@code dynaq.requests},
 * {@code dynaq.items}, {@code dynaq.consumed.capacity}, {@code dynaq.unprocessed}; see
 * {@link MicrometerRequestListener}) when {@code dev.dynaq:dynaq-micrometer} is on the class path and the
 * application has one {@link MeterRegistry} (Spring Boot's actuator gives it one); off with
 * {@code dynaq.metrics.enabled=false}. A {@link DynaqBuilderCustomizer} of the application's own that sets
 * a request listener runs after this one and replaces it.
 */
@AutoConfiguration(before = DynaqAutoConfiguration.class)
@ConditionalOnClass(name = {DynaqMetricsAutoConfiguration.LISTENER, DynaqMetricsAutoConfiguration.METER_REGISTRY})
@ConditionalOnProperty(name = "dynaq.metrics.enabled", havingValue = "true", matchIfMissing = true)
public class DynaqMetricsAutoConfiguration {
    static final String LISTENER = "dev.dynaq.micrometer.MicrometerRequestListener";
    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    /**
     * @param registry the application's meter registry, resolved when the {@code Dynaq} bean is built
     * @return the customizer that gives the {@code Dynaq} environment a Micrometer request listener
     */
    @Bean
    @Order(0)
    @ConditionalOnMissingBean(name = "dynaqMetricsCustomizer")
    public DynaqBuilderCustomizer dynaqMetricsCustomizer(ObjectProvider<MeterRegistry> registry) {
        return builder -> registry.ifUnique(meters -> builder.requestListener(new MicrometerRequestListener(meters)));
    }
}
