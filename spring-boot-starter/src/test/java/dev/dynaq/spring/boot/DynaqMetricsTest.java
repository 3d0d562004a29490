package dev.dynaq.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.spring.boot.model.Customer;
import dev.dynaq.spring.boot.model.CustomerTable;
import dev.dynaq.spring.boot.test.DynamoDbLocalInitializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With dynaq-micrometer and a meter registry, every table's requests are timed and counted. */
class DynaqMetricsTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynaqMetricsAutoConfiguration.class, DynaqAutoConfiguration.class))
            .withInitializer(new DynamoDbLocalInitializer(true))
            .withUserConfiguration(Meters.class);

    @Test
    void everyRequestOfATableBeanIsTimedAndTaggedWithItsTable() {
        String prefix = "metrics" + DynaqAutoConfigurationTest.prefix();
        runner.withPropertyValues("dynaq.table-names.prefix=" + prefix).run(context -> {
            CustomerTable customers = context.getBean(CustomerTable.class);
            customers.put(new Customer("c-1", "Ada"));
            customers.get("c-1");
            customers.get("c-2");

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            Timer puts = meters.find("dynaq.requests").tag("table", prefix + "customers").tag("operation", "PutItem").timer();
            Timer gets = meters.find("dynaq.requests").tag("table", prefix + "customers").tag("operation", "GetItem").timer();
            assertThat(puts).isNotNull();
            assertThat(puts.count()).isEqualTo(1);
            assertThat(gets).isNotNull();
            assertThat(gets.count()).isEqualTo(2);
        });
    }

    @Test
    void metricsCanBeTurnedOff() {
        String prefix = "nometrics" + DynaqAutoConfigurationTest.prefix();
        runner.withPropertyValues("dynaq.table-names.prefix=" + prefix, "dynaq.metrics.enabled=false").run(context -> {
            context.getBean(CustomerTable.class).put(new Customer("c-1", "Ada"));

            assertThat(context).doesNotHaveBean("dynaqMetricsCustomizer");
            assertThat(context.getBean(MeterRegistry.class).find("dynaq.requests").timers()).isEmpty();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
