package dev.dynaq.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.stream.Change;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The stream helpers of {@link DynamoDbLocal} and {@link StreamReader} on real stream records of DynamoDB Local. */
class StreamReaderTest {
    private static final String TABLE = "dynaq_testing_notes_stream";
    private final DynamoDbLocal local = DynamoDbLocal.shared();

    @AfterEach
    void drop() {
        local.deleteTable(TABLE);
    }

    @Test
    void fromStartReadsEveryRecordAndFromNowOnlyLaterOnesEachReadContinuingWhereTheLastEnded() {
        local.createTable(Note_.SCHEMA, TABLE, StreamViewType.NEW_AND_OLD_IMAGES);
        NoteTable notes = NoteTable.create(local.client(), TABLE);
        Note first = new Note("ann", 1, "db", "first");
        Note second = new Note("ann", 2, "db", "second");
        Note third = new Note("ann", 3, "db", "third");
        notes.put(first);
        StreamReader fromNow = StreamReader.fromNow(local.client(), local.streamsClient(), TABLE);
        notes.put(second);

        assertThat(fromNow.read(1, Duration.ofSeconds(10))).map(Note_.SCHEMA::change).map(Change::newItem)
                .containsExactly(Optional.of(second));
        notes.put(third);
        assertThat(fromNow.read(1, Duration.ofSeconds(10))).map(Note_.SCHEMA::change).map(Change::newItem)
                .containsExactly(Optional.of(third));

        List<Change<Note>> all = local.stream(TABLE).read(3, Duration.ofSeconds(10)).stream().map(Note_.SCHEMA::change).toList();
        assertThat(all).extracting(Change::newItem).containsExactly(Optional.of(first), Optional.of(second), Optional.of(third));
        assertThat(all).extracting(Change::viewType).containsOnly(Optional.of(StreamViewType.NEW_AND_OLD_IMAGES));
    }

    @Test
    void readUntilStopsAtTheRecordWantedAndATimeoutReturnsWhatCame() {
        local.createTable(Note_.SCHEMA, TABLE, StreamViewType.KEYS_ONLY);
        NoteTable notes = NoteTable.create(local.client(), TABLE);
        notes.put(new Note("bob", 1, "db", "one"));
        notes.put(new Note("bob", 2, "db", "two"));

        StreamReader reader = local.stream(TABLE);
        assertThat(reader.readUntil(record -> record.dynamodb().keys().get("number").n().equals("2"), Duration.ofSeconds(10)))
                .hasSize(2);
        assertThat(reader.read(1, Duration.ofMillis(300))).as("nothing more was written").isEmpty();
    }

    @Test
    void aTableWithoutAStreamIsRefusedSayingHowToAddOne() {
        local.createTable(Note_.SCHEMA, TABLE);

        assertThatThrownBy(() -> local.stream(TABLE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table '" + TABLE + "' has no stream")
                .hasMessageContaining("createTable(schema, name, viewType)");
    }
}
