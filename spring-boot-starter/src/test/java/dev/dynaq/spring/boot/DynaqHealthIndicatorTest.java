package dev.dynaq.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.spring.boot.test.DynamoDbLocalInitializer;
import dev.dynaq.testing.DynamoDbLocal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code dynaq} health indicator (Spring Boot 4's health API): up, down, unreachable, turned off. */
class DynaqHealthIndicatorTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynaqAutoConfiguration.class, DynaqHealthAutoConfiguration.class));

    private static String prefix() {
        return "health" + DynaqAutoConfigurationTest.prefix();
    }

    @Test
    void healthIsUpWithEachTablesStatusAndItemCount() {
        String prefix = prefix();
        runner.withInitializer(new DynamoDbLocalInitializer(true)).withPropertyValues("dynaq.table-names.prefix=" + prefix)
                .run(context -> {
                    Health health = context.getBean(DynaqHealthIndicator.class).health(true);
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    // a shared table once, not once per entity of it
                    assertThat(health.getDetails()).containsOnlyKeys(prefix + "customers", prefix + "notes", prefix + "orders",
                            prefix + "shop");
                    assertThat(health.getDetails().get(prefix + "shop")).isEqualTo(Map.of("status", "ACTIVE", "itemCount", 0L));
                    assertThat(health.getDetails().get(prefix + "orders")).isEqualTo(Map.of("status", "ACTIVE", "itemCount", 0L));
                });
    }

    @Test
    void healthIsDownWhenATableIsMissing() {
        String prefix = prefix();
        runner.withInitializer(new DynamoDbLocalInitializer(true)).withPropertyValues("dynaq.table-names.prefix=" + prefix)
                .run(context -> {
                    DynamoDbLocal.shared().deleteTable(prefix + "customers");
                    Health health = context.getBean(DynaqHealthIndicator.class).health(true);
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails().get(prefix + "customers")).isEqualTo(Map.of("status", "NOT_FOUND"));
                    assertThat(health.getDetails().get(prefix + "orders")).isEqualTo(Map.of("status", "ACTIVE", "itemCount", 0L));
                });
    }

    @Test
    void healthIsDownWhenDynamoDbCannotBeReached() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "dynaq.endpoint=http://127.0.0.1:1").withUserConfiguration(DynaqAutoConfigurationTest.StaticCredentials.class)
                .run(context -> {
                    Health health = context.getBean(DynaqHealthIndicator.class).health(true);
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsKey("error");
                });
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        runner.withPropertyValues("dynaq.region=eu-west-1", "management.health.dynaq.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(DynaqHealthIndicator.class));
    }
}
