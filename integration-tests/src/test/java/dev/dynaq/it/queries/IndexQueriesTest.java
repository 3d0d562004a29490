package dev.dynaq.it.queries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.Cursor;
import dev.dynaq.Page;
import dev.dynaq.it.model.BlogPost;
import dev.dynaq.it.model.BlogPostTable;
import dev.dynaq.it.model.BlogPost_;
import dev.dynaq.it.model.Employee;
import dev.dynaq.it.model.EmployeeTable;
import dev.dynaq.it.model.Employee_;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Global index queries of the other seeds: a {@code LocalDate} that is the sort key of one index and
 * the partition key of another ({@code Employee}), two string keys ({@code StatusLocationIndex}), and
 * a JavaBean's index with {@code BeginsWith} ({@code BlogPost}).
 */
@DynaqTest(tables = {Employee.class, BlogPost.class}, lifecycle = TableLifecycle.PER_CLASS)
class IndexQueriesTest {
    private static final List<String> DEPARTMENTS = List.of("eng", "ops", "sales");
    private static final List<String> LOCATIONS = List.of("berlin", "boston", "bangalore", "paris", "lisbon");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2019-12-30");
    private static final List<Employee> EMPLOYEES = employees();
    private static final List<BlogPost> POSTS = posts();

    private static EmployeeTable employees;
    private static BlogPostTable posts;

    @BeforeAll
    static void load(EmployeeTable employeeTable, BlogPostTable postTable) {
        employeeTable.batchPut(EMPLOYEES);
        postTable.batchPut(POSTS);
        employees = employeeTable;
        posts = postTable;
    }

    /** 300 employees; every third one is hired on the same day as the one before, across the year end. */
    private static List<Employee> employees() {
        List<Employee> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LocalDate hired = FIRST_DAY.plusDays(i - i / 3);
            list.add(new Employee(String.format("e%03d", i), "First" + i, "Last" + i, DEPARTMENTS.get(i % 3), hired,
                    i % 4 == 0 ? "inactive" : "active", LOCATIONS.get(i % 5)));
        }
        return List.copyOf(list);
    }

    private static List<BlogPost> posts() {
        List<BlogPost> list = new ArrayList<>();
        String[] topics = {"dynamo-basics", "dynamo-indexes", "dynamodb-streams", "java-records", "dynamo"};
        for (int i = 0; i < 40; i++) {
            BlogPost post = new BlogPost();
            post.setPostId("p" + i);
            post.setAuthorId("author" + i % 3);
            post.setTitle("Post " + i);
            post.setCategory(i % 2 == 0 ? "aws" : "java");
            post.setSlug(topics[i % topics.length] + "-" + i);
            list.add(post);
        }
        return List.copyOf(list);
    }

    private static List<String> ids(List<Employee> list) {
        return list.stream().map(Employee::employeeId).toList();
    }

    private static List<String> expected(Predicate<Employee> filter, Comparator<Employee> order) {
        return ids(EMPLOYEES.stream().filter(filter).sorted(order).toList());
    }

    @Test
    void departmentIndexWithAHireDateRange() {
        LocalDate from = LocalDate.parse("2019-12-31");
        LocalDate to = LocalDate.parse("2020-02-15");
        Predicate<Employee> inRange = e -> e.department().equals("ops") && !e.hireDate().isBefore(from) && !e.hireDate().isAfter(to);
        List<Employee> found = employees.queryByDepartment("ops").hireDateBetween(from, to).list();

        // DynamoDB orders equal hire dates arbitrarily: compare the dates in order and the set of employees
        assertThat(found).extracting(Employee::hireDate)
                .isSorted()
                .containsExactlyElementsOf(EMPLOYEES.stream().filter(inRange).map(Employee::hireDate).sorted().toList());
        assertThat(ids(found)).containsExactlyInAnyOrderElementsOf(expected(inRange, Comparator.comparing(Employee::hireDate)));
        assertThat(found).as("LocalDate round-trips").contains(EMPLOYEES.stream().filter(inRange).findFirst().orElseThrow());

        assertThat(employees.queryByDepartment("ops").hireDateGe(LocalDate.parse("2020-07-01")).descending().first())
                .map(Employee::hireDate)
                .contains(EMPLOYEES.stream().filter(e -> e.department().equals("ops")).map(Employee::hireDate)
                        .max(Comparator.naturalOrder()).orElseThrow());
        assertThat(employees.queryByDepartment("ops").hireDateLt(FIRST_DAY).count()).isZero();
        assertThat(employees.queryByDepartment("ops").count()).isEqualTo(100);
    }

    @Test
    void hireDateIndexFindsEveryoneHiredThatDay() {
        LocalDate day = FIRST_DAY.plusDays(2);
        List<Employee> hired = EMPLOYEES.stream().filter(e -> e.hireDate().equals(day)).toList();
        assertThat(hired).hasSize(2);
        assertThat(employees.queryByHireDate(day).list()).containsExactlyInAnyOrderElementsOf(hired);
        assertThat(employees.queryByHireDate(LocalDate.parse("1999-01-01")).list()).isEmpty();
        assertThat(employees.queryByHireDate(day).filter(Employee_.department.eq("eng")).list())
                .containsExactlyInAnyOrderElementsOf(hired.stream().filter(e -> e.department().equals("eng")).toList());
    }

    @Test
    void statusLocationIndexWithAStringPrefix() {
        Comparator<Employee> byLocation = Comparator.comparing(Employee::location);
        List<Employee> found = employees.queryByStatus("active").locationBeginsWith("b").list();
        assertThat(found).extracting(Employee::location).isSorted().allMatch(location -> location.startsWith("b"));
        assertThat(ids(found)).containsExactlyInAnyOrderElementsOf(
                expected(e -> e.status().equals("active") && e.location().startsWith("b"), byLocation));
        assertThat(employees.queryByStatus("inactive").locationBetween("berlin", "boston").count())
                .isEqualTo(EMPLOYEES.stream().filter(e -> e.status().equals("inactive")
                        && (e.location().equals("berlin") || e.location().equals("boston"))).count());
        assertThat(employees.queryByStatus("active").locationEq("paris").filter(Employee_.department.ne("sales")).list())
                .allMatch(e -> e.location().equals("paris") && !e.department().equals("sales"))
                .hasSize((int) EMPLOYEES.stream().filter(e -> e.status().equals("active") && e.location().equals("paris")
                        && !e.department().equals("sales")).count());
    }

    @Test
    void globalIndexCursorsCarryTheIndexAndTableKeys() {
        // paging through a GSI whose sort key repeats: the table key in the cursor keeps the position exact
        List<Employee> walked = new ArrayList<>();
        String cursor = null;
        do {
            EmployeeTable.DepartmentQuery query = employees.queryByDepartment("eng");
            Page<Employee> page = (cursor == null ? query : query.startCursor(Cursor.fromUrlSafe(cursor))).fetchPage(3);
            walked.addAll(page.items());
            cursor = page.cursor().map(Cursor::toUrlSafe).orElse(null);
        } while (cursor != null);
        assertThat(ids(walked)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.department().equals("eng"), Comparator.comparing(Employee::hireDate)));
        assertThat(walked).extracting(Employee::hireDate).isSorted();
        assertThat(employees.queryByDepartment("eng").fetchPage(3).cursor().orElseThrow().key())
                .containsOnlyKeys("employeeId", "department", "hireDate");
    }

    @Test
    void categoryIndexWithASlugPrefix() {
        List<BlogPost> dynamo = posts.queryByCategory("aws").slugBeginsWith("dynamo-").list();
        assertThat(dynamo).extracting(BlogPost::getSlug).isSorted().allMatch(slug -> slug.startsWith("dynamo-"));
        assertThat(dynamo).extracting(BlogPost::getPostId).containsExactlyInAnyOrderElementsOf(POSTS.stream()
                .filter(p -> p.getCategory().equals("aws") && p.getSlug().startsWith("dynamo-")).map(BlogPost::getPostId).toList());
        assertThat(posts.queryByCategory("java").slugBeginsWith("dynamo").count())
                .isEqualTo(POSTS.stream().filter(p -> p.getCategory().equals("java") && p.getSlug().startsWith("dynamo")).count());
        assertThat(posts.queryByCategory("java").slugBeginsWith("dynamo").filter(BlogPost_.authorId.eq("author1")).map(BlogPost::getPostId))
                .containsExactlyInAnyOrderElementsOf(POSTS.stream().filter(p -> p.getCategory().equals("java")
                        && p.getSlug().startsWith("dynamo") && p.getAuthorId().equals("author1")).map(BlogPost::getPostId).toList());
        BlogPost first = posts.queryByCategory("aws").first().orElseThrow();
        assertThat(first.getTitle()).isNotNull();
        assertThat(first.getSlug()).isEqualTo(POSTS.stream().filter(p -> p.getCategory().equals("aws")).map(BlogPost::getSlug)
                .min(Comparator.naturalOrder()).orElseThrow());
    }
}
