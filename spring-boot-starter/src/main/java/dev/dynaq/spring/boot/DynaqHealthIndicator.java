package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The health of the application's DynamoDB tables, on Spring Boot 4's health API: one DescribeTable per
 * table. Up when every table is {@code ACTIVE} or {@code UPDATING} (still serving); down when one is
 * missing, being created or deleted, or cannot be described. The details give each table's status and
 * item count, DynamoDB's estimate (refreshed about every six hours), under its physical name.
 */
public class DynaqHealthIndicator extends AbstractHealthIndicator {
    private final Dynaq dynaq;
    private final DynaqTables tables;

    /**
     * @param dynaq the environment: its sync client and table names
     * @param tables the application's tables
     */
    public DynaqHealthIndicator(Dynaq dynaq, DynaqTables tables) {
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
