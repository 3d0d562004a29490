package dev.dynaq.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.dynaq.lambda.model.Comment;
import dev.dynaq.lambda.model.Ticket;
import dev.dynaq.lambda.model.TicketTable;
import dev.dynaq.lambda.model.Ticket_;
import dev.dynaq.stream.Change;
import dev.dynaq.stream.Change.EventName;
import dev.dynaq.testing.DynamoDbLocal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Real stream records (DynamoDB Local, read with the Streams client) written as the JSON event Lambda
 * sends, deserialized by the Lambda Java runtime's own serializer into {@link DynamodbEvent}, and
 * decoded with {@link LambdaStreams}: the same changes as decoding the Streams client's records.
 */
class LambdaStreamsTest {
    private static final String TABLE = "lambda_tickets_stream";
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00.5Z");
    private static final Ticket FULL = new Ticket("p1", 7, "Crash on \"save\"\nwith unicode é", true,
            Set.of("bug", "p1"), Set.of(3, 5), SdkBytes.fromUtf8String("log\u0000bytes"),
            Set.of(SdkBytes.fromUtf8String("h1"), SdkBytes.fromUtf8String("h2")),
            List.of(new Comment("ann", "seen", 2), new Comment("bob", null, 0)),
            Map.of("fix", T0.plus(Duration.ofDays(3))), Optional.of("carol"), T0);
    private static final Ticket SPARSE = new Ticket("p1", 8, null, null, Set.of(), Set.of(), null, Set.of(), null, null,
            Optional.empty(), null);

    private static final PojoSerializer<DynamodbEvent> LAMBDA =
            LambdaEventSerializers.serializerFor(DynamodbEvent.class, LambdaStreamsTest.class.getClassLoader());

    private boolean created;

    @AfterEach
    void dropTable() {
        if (created) {
            DynamoDbLocal.shared().deleteTable(TABLE);
        }
    }

    @Test
    void realStreamRecordsAsALambdaEventDecodeToTheSameChanges() {
        TicketTable tickets = createTickets();
        tickets.put(FULL);
        tickets.update("p1", 7L).set(Ticket_.title, "Crash on save").remove(Ticket_.labels).execute();
        tickets.put(SPARSE);
        tickets.delete("p1", 7L);
        List<Record> records = read(4);
        String arn = DynamoDbLocal.shared().client().describeTable(b -> b.tableName(TABLE)).table().latestStreamArn();

        DynamodbEvent event = LAMBDA.fromJson(LambdaEventJson.event(records, arn));
        List<Change<Ticket>> viaLambda = LambdaStreams.changes(Ticket_.SCHEMA, event);
        List<Change<Ticket>> viaStreamsClient = records.stream().map(Ticket_.SCHEMA::change).toList();

        Ticket retitled = new Ticket("p1", 7, "Crash on save", true, Set.of(), FULL.votes(), FULL.attachment(), FULL.hashes(),
                FULL.comments(), FULL.deadlines(), FULL.assignee(), T0);
        assertThat(viaLambda).extracting(Change::eventName)
                .containsExactly(EventName.INSERT, EventName.MODIFY, EventName.INSERT, EventName.REMOVE);
        assertThat(viaLambda).extracting(Change::newItem)
                .containsExactly(Optional.of(FULL), Optional.of(retitled), Optional.of(SPARSE), Optional.empty());
        assertThat(viaLambda).extracting(Change::oldItem)
                .containsExactly(Optional.empty(), Optional.of(FULL), Optional.empty(), Optional.of(retitled));
        assertThat(viaLambda).extracting(Change::key)
                .containsExactly(tickets.key("p1", 7L), tickets.key("p1", 7L), tickets.key("p1", 8L), tickets.key("p1", 7L));
        for (int i = 0; i < records.size(); i++) {
            Change<Ticket> lambda = viaLambda.get(i);
            Change<Ticket> direct = viaStreamsClient.get(i);
            assertThat(lambda.eventName()).isEqualTo(direct.eventName());
            assertThat(lambda.key()).isEqualTo(direct.key());
            assertThat(lambda.oldItem()).isEqualTo(direct.oldItem());
            assertThat(lambda.newItem()).isEqualTo(direct.newItem());
            assertThat(lambda.eventId()).isEqualTo(direct.eventId()).isPresent();
            assertThat(lambda.sequenceNumber()).isEqualTo(direct.sequenceNumber()).isPresent();
            assertThat(lambda.viewType()).isEqualTo(direct.viewType()).contains(StreamViewType.NEW_AND_OLD_IMAGES);
            // Lambda's JSON carries the time in whole seconds
            assertThat(lambda.approximateCreationTime())
                    .isEqualTo(direct.approximateCreationTime().map(t -> t.truncatedTo(ChronoUnit.SECONDS)));
            // and converting the record to the SDK model loses nothing the images and keys hold
            assertThat(LambdaStreams.toSdkRecord(event.getRecords().get(i)).dynamodb().newImage())
                    .isEqualTo(records.get(i).dynamodb().newImage());
            assertThat(LambdaStreams.toSdkRecord(event.getRecords().get(i)).dynamodb().oldImage())
                    .isEqualTo(records.get(i).dynamodb().oldImage());
        }
    }

    @Test
    void aDocumentedLambdaEventWithATimeToLiveDelete() throws IOException {
        String json;
        try (InputStream in = LambdaStreamsTest.class.getResourceAsStream("/ticket-events.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<Change<Ticket>> changes = LambdaStreams.changes(Ticket_.SCHEMA, LAMBDA.fromJson(json));

        assertThat(changes).hasSize(2);
        Change<Ticket> inserted = changes.get(0);
        assertThat(inserted.eventName()).isEqualTo(EventName.INSERT);
        assertThat(inserted.isTimeToLiveExpiry()).isFalse();
        assertThat(inserted.approximateCreationTime()).contains(Instant.ofEpochSecond(1_775_034_000L));
        assertThat(inserted.newItem()).contains(new Ticket("p9", 1, "From the docs", false, Set.of("a", "b"), Set.of(1, 2),
                SdkBytes.fromUtf8String("hello"), Set.of(SdkBytes.fromUtf8String("x")),
                List.of(new Comment("dan", "ok", 1)), Map.of(), Optional.empty(), Instant.parse("2026-04-01T09:00:00Z")));
        Change<Ticket> expired = changes.get(1);
        assertThat(expired.eventName()).isEqualTo(EventName.REMOVE);
        assertThat(expired.isTimeToLiveExpiry()).isTrue();
        assertThat(expired.newItem()).isEmpty();
        assertThat(expired.oldItem()).map(Ticket::title).contains("Old");
        assertThat(expired.viewType()).contains(StreamViewType.NEW_AND_OLD_IMAGES);
    }

    @Test
    void anEmptyValueIsRefusedNamingWhereItIs() {
        var record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        var stream = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord();
        stream.setKeys(Map.of("projectId", new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue("p1"),
                "number", new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue()));
        record.setDynamodb(stream);

        assertThatThrownBy(() -> LambdaStreams.change(Ticket_.SCHEMA, record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number: an attribute value with no type set");
    }

    private TicketTable createTickets() {
        created = true;
        DynamoDbLocal.shared().createTable(Ticket_.SCHEMA, TABLE, StreamViewType.NEW_AND_OLD_IMAGES);
        return TicketTable.create(DynamoDbLocal.shared().client(), TABLE);
    }

    /** Reads the stream from its start until {@code expected} records came back, or 10 seconds passed. */
    private static List<Record> read(int expected) {
        List<Record> records = DynamoDbLocal.shared().stream(TABLE).read(expected, Duration.ofSeconds(10));
        assertThat(records).hasSize(expected);
        return records;
    }
}
