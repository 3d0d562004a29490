package dev.dynaq.examples.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import java.time.LocalDate;

/**
 * A shop employee; the global index {@code employee_by_department} lists a department by hire date.
 *
 * @param employeeId the key, e.g. {@code e-007}
 * @param name the full name
 * @param department the partition key of {@code employee_by_department}
 * @param hireDate the sort key of {@code employee_by_department}
 * @param title the job title
 */
@DynamoTable(name = "demo_employees")
public record Employee(
        @PartitionKey String employeeId,
        String name,
        @GsiPartitionKey(index = "employee_by_department") String department,
        @GsiSortKey(index = "employee_by_department") LocalDate hireDate,
        String title) {
}
