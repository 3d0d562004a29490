package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The health of the application's DynamoDB tables on Spring Boot 3.5's health API
 * ({@code org.springframework.boot.actuate.health}), the same as {@code DynaqHealthIndicator} on Boot 4:
 * one DescribeTable per table, up when every table is {@code ACTIVE} or {@code UPDATING}, each table's
 * status and item count in the details. Compiled only into the starter built with the profile
 * {@code spring-boot-3}.
 */
public class Boot3DynaqHealthIndicator extends AbstractHealthIndicator {
    private final Dynaq dynaq;
    private final DynaqTables tables;

    /**
     * @param dynaq the environment: its sync client and table names
     * @param tables the application's tables
     */
    public Boot3DynaqHealthIndicator(Dynaq dynaq, DynaqTables tables) {
        super("DynamoDB health check failed");
        this.dynaq = dynaq;
        this.tables = tables;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TableHealth health = TableHealth.check(dynaq, tables);
        builder.withDetails(health.details()).status(health.up() ? Status.UP : Status.DOWN);
    }
}
