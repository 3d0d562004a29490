package dev.dynaq.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.spring.boot.test.DynamoDbLocalInitializer;
import dev.dynaq.testing.DynamoDbLocal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code dynaq} health indicator on Spring Boot 3.5's health API, run by the profile
 * {@code spring-boot-3} only: up with each table once, down, turned off.
 */
class Boot3DynaqHealthIndicatorTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynaqAutoConfiguration.class, Boot3DynaqHealthAutoConfiguration.class));

    @Test
    void upWithEachTablesStatusThenDownWhenOneIsMissing() {
        String prefix = "health3" + DynaqAutoConfigurationTest.prefix();
        runner.withInitializer(new DynamoDbLocalInitializer(true)).withPropertyValues("dynaq.table-names.prefix=" + prefix)
                .run(context -> {
                    Health health = context.getBean("dynaqHealthIndicator", Boot3DynaqHealthIndicator.class).getHealth(true);
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsOnlyKeys(prefix + "customers", prefix + "notes", prefix + "orders",
                            prefix + "shop");
                    assertThat(health.getDetails().get(prefix + "shop")).isEqualTo(Map.of("status", "ACTIVE", "itemCount", 0L));

                    DynamoDbLocal.shared().deleteTable(prefix + "customers");
                    Health down = context.getBean(Boot3DynaqHealthIndicator.class).getHealth(true);
                    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(down.getDetails().get(prefix + "customers")).isEqualTo(Map.of("status", "NOT_FOUND"));
                });
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "management.health.dynaq.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(Boot3DynaqHealthIndicator.class));
    }
}
