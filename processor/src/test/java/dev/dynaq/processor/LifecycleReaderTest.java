package dev.dynaq.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compiler;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.LifecycleModel;
import dev.dynaq.processor.model.TypeMapping.Kind;
import dev.dynaq.processor.model.TypeMapping.Stored;
import dev.dynaq.processor.reader.ReadResult;
import org.junit.jupiter.api.Test;

/** The lifecycle model the reader builds: what the writers and infrastructure generators read. */
class LifecycleReaderTest {

    private static EntityModel read(String qualifiedName, String body) {
        ModelCapture capture = new ModelCapture();
        Compiler.javac().withProcessors(capture).compile(CompileSupport.source(body));
        ReadResult result = capture.result(qualifiedName);
        assertThat(result.report().messages()).extracting(message -> message.text()).isEmpty();
        return result.entity().orElseThrow();
    }

    @Test
    void everyRoleIsReadAndAnInstantTimeToLiveIsStoredAsEpochSeconds() {
        EntityModel session = read("test.Session", """
                @DynamoTable(name = "sessions")
                public record Session(
                        @PartitionKey String id,
                        @TimeToLive @Attribute("ttl") Instant expiresAt,
                        @CreatedDate Instant createdAt,
                        @LastModifiedDate Instant updatedAt,
                        @AtomicCounter long hits,
                        @AtomicCounter(start = 10, delta = -2) Integer credits) {}
                """);

        LifecycleModel lifecycle = session.lifecycle();
        AttributeModel ttl = lifecycle.timeToLiveAttribute().orElseThrow();
        assertThat(ttl.attributeName()).isEqualTo("ttl");
        assertThat(ttl.type().kind()).isEqualTo(Kind.INSTANT);
        assertThat(ttl.type().format()).isEqualTo(dev.dynaq.processor.model.Format.EPOCH_SECONDS);
        assertThat(ttl.type().stored()).isEqualTo(Stored.N);
        assertThat(session.attributes()).contains(ttl);
        assertThat(lifecycle.createdDateAttribute()).map(AttributeModel::propertyName).contains("createdAt");
        assertThat(lifecycle.lastModifiedDateAttribute()).map(AttributeModel::propertyName).contains("updatedAt");
        assertThat(lifecycle.counters()).extracting(c -> c.attribute().propertyName(), LifecycleModel.Counter::start,
                LifecycleModel.Counter::delta).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hits", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("credits", 10L, -2L));
        assertThat(lifecycle.usesClock()).isTrue();
        assertThat(lifecycle.stampsWrites()).isTrue();
    }

    @Test
    void anExplicitEpochSecondsFormatIsAllowedAndATableWideInstantFormatDoesNotReachTheTimeToLive() {
        EntityModel session = read("test.Session", """
                @DynamoTable(formats = StorageFormat.ISO_MILLIS)
                public record Session(
                        @PartitionKey String id,
                        @TimeToLive @Format(StorageFormat.EPOCH_SECONDS) Instant expiresAt,
                        Instant seenAt) {}
                """);
        EntityModel defaulted = read("test.Visit", """
                @DynamoTable(formats = StorageFormat.ISO_MILLIS)
                public record Visit(@PartitionKey String id, @TimeToLive Instant expiresAt) {}
                """);

        assertThat(session.lifecycle().timeToLiveAttribute().orElseThrow().type().format())
                .isEqualTo(dev.dynaq.processor.model.Format.EPOCH_SECONDS);
        assertThat(defaulted.lifecycle().timeToLiveAttribute().orElseThrow().type().format())
                .isEqualTo(dev.dynaq.processor.model.Format.EPOCH_SECONDS);
        assertThat(session.attributes()).filteredOn(a -> a.propertyName().equals("seenAt"))
                .extracting(a -> a.type().format()).containsExactly(dev.dynaq.processor.model.Format.ISO_MILLIS);
    }

    @Test
    void aLongTimeToLiveKeepsItsNumberMappingAndNeedsNoClock() {
        EntityModel job = read("test.Job", """
                @DynamoTable
                public record Job(@PartitionKey String id, @TimeToLive Long purgeAt) {}
                """);

        AttributeModel ttl = job.lifecycle().timeToLiveAttribute().orElseThrow();
        assertThat(ttl.type().kind()).isEqualTo(Kind.LONG);
        assertThat(job.lifecycle().usesClock()).isFalse();
        assertThat(job.lifecycle().stampsWrites()).isFalse();
    }

    @Test
    void anEntityWithoutLifecycleAttributesHasNone() {
        EntityModel plain = read("test.Plain", """
                @DynamoTable
                public record Plain(@PartitionKey String id, Instant at, long count) {}
                """);

        assertThat(plain.lifecycle()).isEqualTo(LifecycleModel.NONE);
        assertThat(plain.lifecycle().isEmpty()).isTrue();
    }
}
