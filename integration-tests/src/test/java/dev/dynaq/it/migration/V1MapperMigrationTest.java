package dev.dynaq.it.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.it.migration.V1Session.SessionKind;
import dev.dynaq.testing.DynamoDbLocal;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SimpleTimeZone;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * docs/MIGRATING.md, checked for the AWS SDK v1 {@code DynamoDBMapper}: items shaped exactly as it writes
 * them ({@code Date} as ISO-8601 text with milliseconds, {@code @DynamoDBTypeConvertedEpochDate} as epoch
 * milliseconds, booleans as N 1/0, the version as N) read through Dynaq with the guide's annotations
 * ({@link V1Session}): every item equal, every range query returning what DynamoDB returns for the v1
 * forms (which is time order), and Dynaq writing the v1 forms back.
 */
class V1MapperMigrationTest {
    private static final Date T0 = Date.from(Instant.parse("2025-03-01T08:00:00Z"));

    private static DynamoDbClient client;
    private static V1SessionTable sessions;
    private static final List<Map<String, AttributeValue>> RAW = new ArrayList<>();

    @BeforeAll
    static void writeV1Items() {
        client = DynamoDbLocal.shared().client();
        sessions = V1SessionTable.create(client);
        sessions.createTable();
        Random random = new Random(5);
        for (int i = 0; i < 80; i++) {
            Date startedAt = new Date(T0.getTime() + i * 997L + (i % 4 == 0 ? 0 : random.nextInt(1000)));
            Date lastSeen = new Date(startedAt.getTime() + random.nextInt(86_400_000));
            Map<String, AttributeValue> item = v1Item("u" + (i % 4), startedAt, "d" + (i % 3), lastSeen, random.nextBoolean(),
                    Set.of("beta", "t" + random.nextInt(3)), 1 + random.nextInt(5), SessionKind.values()[i % 2],
                    random.nextInt(1000) / 8.0);
            client.putItem(b -> b.tableName(V1Session_.TABLE_NAME).item(item));
            RAW.add(item);
        }
    }

    @AfterAll
    static void dropTable() {
        DynamoDbLocal.shared().deleteTable(V1Session_.TABLE_NAME);
    }

    @Test
    void everyV1ItemReadsEqualThroughDynaq() {
        for (Map<String, AttributeValue> item : RAW) {
            V1Session expected = expected(item);
            assertThat(sessions.get(expected.userId(), expected.startedAt())).contains(expected);
        }
        assertThat(new LinkedHashSet<>(sessions.scan().list()))
                .isEqualTo(new LinkedHashSet<>(RAW.stream().map(V1MapperMigrationTest::expected).toList()));
    }

    @Test
    void dynaqWritesTheFormsTheV1MapperWrites() {
        Date startedAt = new Date(T0.getTime() + 123_456_789L);
        Date lastSeen = new Date(startedAt.getTime() + 5_000);
        Map<String, AttributeValue> v1 = v1Item("u9", startedAt, "d9", lastSeen, true, Set.of("beta"), 3, SessionKind.MOBILE, 1.5);
        assertThat(V1Session_.SCHEMA.toItem(expected(v1))).isEqualTo(v1);
        Map<String, AttributeValue> inactive = v1Item("u9", startedAt, "d9", lastSeen, false, Set.of("beta"), 3, SessionKind.WEB, 2.25);
        assertThat(V1Session_.SCHEMA.toItem(expected(inactive))).isEqualTo(inactive);
    }

    @Test
    void rangeQueriesReturnWhatDynamoDbReturnsForTheV1FormsInTimeOrder() {
        for (String user : List.of("u0", "u1", "u2", "u3")) {
            for (int start = 0; start < 80_000; start += 9_000) {
                Instant from = T0.toInstant().plusMillis(start);
                Instant to = from.plusMillis(15_500);
                assertThat(sessions.queryByUserId(user).startedAtBetween(from, to).list())
                        .isEqualTo(expected(item -> s(item, "userId").equals(user), "startedAt", from, to));
                List<V1Session> newestFirst = new ArrayList<>(
                        expected(item -> s(item, "userId").equals(user), "startedAt", from, Instant.MAX));
                java.util.Collections.reverse(newestFirst);
                assertThat(sessions.queryByUserId(user).startedAtGe(from).descending().list()).isEqualTo(newestFirst);
            }
        }
        for (String device : List.of("d0", "d1", "d2")) {
            Instant from = T0.toInstant().plusSeconds(3_600);
            Instant to = from.plusSeconds(6 * 3_600);
            List<V1Session> found = sessions.queryByDeviceId(device).lastSeenBetween(from, to).list();
            List<V1Session> expected = expected(item -> s(item, "deviceId").equals(device), "lastSeen", from, to);
            assertThat(found).extracting(V1Session::lastSeen).isSorted();
            assertThat(new LinkedHashSet<>(found)).isEqualTo(new LinkedHashSet<>(expected));
            assertThat(found).hasSameSizeAs(expected).isNotEmpty();
        }
    }

    @Test
    void aV1ItemIsUpdatedWithItsVersionCheckedAndKeepsItsForms() {
        Map<String, AttributeValue> raw = RAW.get(7);
        V1Session read = sessions.get(s(raw, "userId"), expected(raw).startedAt()).orElseThrow();
        V1Session saved = sessions.save(new V1Session(read.userId(), read.startedAt(), read.deviceId(), read.lastSeen(),
                !read.active(), read.tags(), read.version(), read.kind(), read.score()));
        assertThat(saved.version()).isEqualTo(read.version() + 1);
        Map<String, AttributeValue> stored = client.getItem(b -> b.tableName(V1Session_.TABLE_NAME)
                .key(Map.of("userId", raw.get("userId"), "startedAt", raw.get("startedAt")))).item();
        assertThat(stored.get("active")).isEqualTo(AttributeValue.fromN(read.active() ? "0" : "1"));
        assertThat(stored.get("version")).isEqualTo(AttributeValue.fromN(Long.toString(read.version() + 1)));
        assertThat(stored.get("startedAt")).isEqualTo(raw.get("startedAt"));
        assertThat(stored.get("lastSeen")).isEqualTo(raw.get("lastSeen"));
        client.putItem(b -> b.tableName(V1Session_.TABLE_NAME).item(raw));
    }

    /** An item exactly as {@code DynamoDBMapper} (default conversion schema V2_COMPATIBLE) writes it. */
    private static Map<String, AttributeValue> v1Item(String userId, Date startedAt, String deviceId, Date lastSeen,
            boolean active, Set<String> tags, long version, SessionKind kind, double score) {
        // v1's DateUtils.formatISO8601Date: yyyy-MM-dd'T'HH:mm:ss.SSS'Z' in UTC
        SimpleDateFormat iso8601 = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        iso8601.setTimeZone(new SimpleTimeZone(0, "GMT"));
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("userId", AttributeValue.fromS(userId));
        item.put("startedAt", AttributeValue.fromS(iso8601.format(startedAt)));
        item.put("deviceId", AttributeValue.fromS(deviceId));
        item.put("lastSeen", AttributeValue.fromN(String.valueOf(lastSeen.getTime()))); // @DynamoDBTypeConvertedEpochDate
        item.put("active", AttributeValue.fromN(active ? "1" : "0"));
        item.put("tags", AttributeValue.fromSs(new ArrayList<>(tags)));
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        item.put("kind", AttributeValue.fromS(kind.name()));
        item.put("score", AttributeValue.fromN(Double.toString(score)));
        return item;
    }

    private static V1Session expected(Map<String, AttributeValue> item) {
        return new V1Session(s(item, "userId"), Instant.parse(s(item, "startedAt")), s(item, "deviceId"),
                Instant.ofEpochMilli(Long.parseLong(item.get("lastSeen").n())), item.get("active").n().equals("1"),
                new LinkedHashSet<>(item.get("tags").ss()), Long.parseLong(item.get("version").n()),
                SessionKind.valueOf(s(item, "kind")), Double.valueOf(item.get("score").n()));
    }

    /**
     * @return the items DynamoDB returns for the range, in sort-key order: the stored v1 forms compared as
     *     DynamoDB does (text, or numbers), which for these forms is time order
     */
    private static List<V1Session> expected(Predicate<Map<String, AttributeValue>> partition, String sortKey, Instant from,
            Instant to) {
        Function<V1Session, Instant> key = sortKey.equals("startedAt") ? V1Session::startedAt : V1Session::lastSeen;
        return RAW.stream().filter(partition).map(V1MapperMigrationTest::expected)
                .filter(session -> !key.apply(session).isBefore(from) && !key.apply(session).isAfter(to))
                .sorted(Comparator.comparing(key))
                .toList();
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        return item.get(name).s();
    }
}
