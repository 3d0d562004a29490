package dev.dynaq.it.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import java.time.LocalDate;

/**
 * Dynantic's employee: {@code hireDate} is the sort key of {@code DepartmentIndex} and the partition
 * key of {@code HireDateIndex}; status and location form {@code StatusLocationIndex}.
 */
@DynamoTable(name = "employees")
public record Employee(
        @PartitionKey String employeeId,
        String firstName,
        String lastName,
        @GsiPartitionKey(index = "DepartmentIndex") String department,
        @GsiSortKey(index = "DepartmentIndex") @GsiPartitionKey(index = "HireDateIndex") LocalDate hireDate,
        @GsiPartitionKey(index = "StatusLocationIndex") String status,
        @GsiSortKey(index = "StatusLocationIndex") String location) {
}
