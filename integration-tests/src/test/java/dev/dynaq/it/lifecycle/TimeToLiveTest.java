package dev.dynaq.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.it.model.Session;
import dev.dynaq.it.model.SessionTable;
import dev.dynaq.it.model.Session_;
import dev.dynaq.it.model.Ticket;
import dev.dynaq.it.model.TicketTable;
import dev.dynaq.testing.DynaqTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * {@code @TimeToLive}: stored as N epoch seconds (an {@code Instant} to the second, a {@code long} as
 * is), read back, compared as numbers, and enabled on the table by {@code createTable()}.
 */
@DynaqTest(tables = {Session.class, Ticket.class})
class TimeToLiveTest {
    /**
     * 2100-01-01T00:00:00Z in epoch seconds, computed independently of Dynaq: in the future, because
     * DynamoDB Local deletes expired items within seconds, as DynamoDB does within days (but keeps
     * those expired more than five years ago, as DynamoDB does).
     */
    private static final long NEW_YEAR_2100 = 4_102_444_800L;

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, Map<String, AttributeValue> key) {
        return client.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    }

    @Test
    void anInstantIsStoredAsEpochSecondsAndReadBackToTheSecond(SessionTable sessions, DynamoDbClient client) {
        sessions.put(Session.of("s1", "ann", Instant.parse("2100-01-01T00:00:00.750Z")));

        AttributeValue stored = raw(client, "sessions", Map.of("sessionId", AttributeValue.fromS("s1"))).get("expiresAt");
        assertThat(stored.type()).isEqualTo(AttributeValue.Type.N);
        assertThat(stored.n()).isEqualTo(Long.toString(NEW_YEAR_2100));
        assertThat(sessions.get("s1").orElseThrow().expiresAt()).isEqualTo(Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Test
    void anInstantBeforeTheEpochKeepsTheSecondItStartsIn(SessionTable sessions, DynamoDbClient client) {
        sessions.put(Session.of("s1", "ann", Instant.parse("1969-12-31T23:59:59.500Z")));

        assertThat(raw(client, "sessions", Map.of("sessionId", AttributeValue.fromS("s1"))).get("expiresAt").n()).isEqualTo("-1");
        assertThat(sessions.get("s1").orElseThrow().expiresAt()).isEqualTo(Instant.parse("1969-12-31T23:59:59Z"));
    }

    @Test
    void aLongIsStoredAsItIsUnderItsAttributeName(TicketTable tickets, DynamoDbClient client) {
        Ticket ticket = Ticket.of("q1", "t1", "printer jam");
        ticket.setPurgeAt(NEW_YEAR_2100);
        tickets.put(ticket);

        Map<String, AttributeValue> stored = raw(client, "tickets",
                Map.of("queue", AttributeValue.fromS("q1"), "ticketId", AttributeValue.fromS("t1")));
        assertThat(stored.get("ttl").n()).isEqualTo(Long.toString(NEW_YEAR_2100));
        assertThat(stored).doesNotContainKey("purgeAt");
        assertThat(tickets.get("q1", "t1").orElseThrow().getPurgeAt()).isEqualTo(NEW_YEAR_2100);
    }

    @Test
    void dynamoDbDeletesAnItemOnceItExpires(SessionTable sessions) throws InterruptedException {
        sessions.put(Session.of("expiring", "ann", Instant.now().plusSeconds(2)));
        sessions.put(Session.of("lasting", "bob", Instant.now().plusSeconds(3600)));
        assertThat(sessions.get("expiring")).isPresent();

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (sessions.get("expiring").isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(sessions.get("expiring")).as("deleted by the table's time to live").isEmpty();
        assertThat(sessions.get("lasting")).isPresent();
    }

    @Test
    void noExpiryLeavesTheAttributeOut(SessionTable sessions, DynamoDbClient client) {
        sessions.put(Session.of("s1", "ann", null));

        assertThat(raw(client, "sessions", Map.of("sessionId", AttributeValue.fromS("s1")))).doesNotContainKey("expiresAt");
        assertThat(sessions.get("s1").orElseThrow().expiresAt()).isNull();
    }

    @Test
    void conditionsAndUpdatesUseTheNumberForm(SessionTable sessions, DynamoDbClient client) {
        Instant t = Instant.ofEpochSecond(NEW_YEAR_2100);
        sessions.put(Session.of("early", "ann", t.minusSeconds(1)));
        sessions.put(Session.of("late", "bob", t.plusSeconds(1)));

        assertThat(sessions.scan().filter(Session_.expiresAt.lt(t)).map(Session::sessionId)).containsExactly("early");

        sessions.update("late").set(Session_.expiresAt, t.plusSeconds(86_400)).execute();
        AttributeValue stored = raw(client, "sessions", Map.of("sessionId", AttributeValue.fromS("late"))).get("expiresAt");
        assertThat(stored.n()).isEqualTo(Long.toString(NEW_YEAR_2100 + 86_400));
    }

    @Test
    void aValueStoredAsIsoTextBeforeItBecameATimeToLiveStillReads(SessionTable sessions, DynamoDbClient client) {
        client.putItem(b -> b.tableName("sessions").item(Map.of(
                "sessionId", AttributeValue.fromS("old"),
                "expiresAt", AttributeValue.fromS("2100-01-01T00:00:00Z"))));

        assertThat(sessions.get("old").orElseThrow().expiresAt()).isEqualTo(Instant.ofEpochSecond(NEW_YEAR_2100));
    }

    @Test
    void createTableEnablesTimeToLiveOnTheAttribute(DynamoDbClient client) {
        SessionTable sessions = SessionTable.create(client, "fresh_sessions");
        TicketTable tickets = TicketTable.create(client, "fresh_tickets");
        sessions.createTable();
        tickets.createTable();
        try {
            TimeToLiveDescription session = client.describeTimeToLive(b -> b.tableName("fresh_sessions")).timeToLiveDescription();
            assertThat(session.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
            assertThat(session.attributeName()).isEqualTo("expiresAt");
            TimeToLiveDescription ticket = client.describeTimeToLive(b -> b.tableName("fresh_tickets")).timeToLiveDescription();
            assertThat(ticket.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
            assertThat(ticket.attributeName()).isEqualTo("ttl");
        } finally {
            sessions.deleteTable();
            tickets.deleteTable();
        }
    }

    @Test
    void theCloudFormationFilesEnableTheSameTimeToLive() throws IOException {
        assertThat(resource("META-INF/dynaq/infra/tickets.cfn.json"))
                .contains("\"TimeToLiveSpecification\": {\n          \"AttributeName\": \"ttl\",\n          \"Enabled\": true");
        assertThat(resource("META-INF/dynaq/infra/sessions.cfn.json"))
                .contains("\"TimeToLiveSpecification\": {\n          \"AttributeName\": \"expiresAt\",\n          \"Enabled\": true");
        assertThat(resource("META-INF/dynaq/infra/page_views.cfn.json")).doesNotContain("TimeToLiveSpecification");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TimeToLiveTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGeneratedTableOffersTheSettingToOwnTooling(DynamoDbClient client) {
        TicketTable tickets = TicketTable.create(client, "tickets_eu");

        assertThat(TicketTable.timeToLiveSpecification().attributeName()).isEqualTo("ttl");
        assertThat(TicketTable.timeToLiveSpecification().enabled()).isTrue();
        assertThat(tickets.updateTimeToLiveRequest().tableName()).isEqualTo("tickets_eu");
        assertThat(tickets.updateTimeToLiveRequest().timeToLiveSpecification()).isEqualTo(TicketTable.timeToLiveSpecification());
        assertThat(Session_.SCHEMA.lifecycle().timeToLive()).contains(Session_.expiresAt);
    }
}
