package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A broken response body fails the direct path exactly as it fails the ordinary one (same exception
 * class and message): truncated with DynamoDB's checksum (a CRC32 mismatch), truncated or corrupted
 * with a matching checksum (malformed JSON), truncated without a checksum, and a connection that
 * fails halfway through the body. The bodies of DynamoDB Local's real responses are broken on the way
 * by an HTTP client wrapper.
 */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class DirectDecodingFaultsTest {
    private static final Breaker BREAKER = new Breaker();
    private static OrderTable direct;
    private static OrderTable perRequest;
    private static OrderTable ordinary;

    @BeforeAll
    static void load(OrderTable table) {
        table.batchPut(SeedOrders.all());
        direct = OrderTable.create(client(true), table.tableName());
        perRequest = OrderTable.create(client(false), table.tableName());
        ordinary = perRequest.withDirectDecoding(false);
    }

    /**
     * Two attempts per request, at once, without the retry circuit breaker: that breaker's budget is
     * per client and drained by the faults, so the attempt count in the SDK's message would differ
     * between clients by their history, not by their path.
     */
    private static DynamoDbClient client(boolean plugin) {
        return LocalClients.builder(plugin)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .circuitBreakerEnabled(false).maxAttempts(2).backoffStrategy(BackoffStrategy.retryImmediately()).build()))
                .httpClient(BREAKER)
                .build();
    }

    /** How a body is broken. */
    enum Fault {
        TRUNCATED_WITH_ORIGINAL_CHECKSUM,
        TRUNCATED_WITH_MATCHING_CHECKSUM,
        CORRUPTED_WITH_MATCHING_CHECKSUM,
        TRUNCATED_WITHOUT_CHECKSUM,
        CONNECTION_FAILS_HALFWAY
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aBrokenBodyFailsBothPathsAlike(Fault fault) {
        assertSameFailure(fault, table -> table.queryByCustomerId(MAIN).list());
        assertSameFailure(fault, table -> table.get(MAIN, "o-0042"));
        assertSameFailure(fault, table -> table.scan().list());
        assertSameFailure(fault, table -> table.batchGet(List.of(table.key(MAIN, "o-0042"), table.key(MAIN, "o-0043"))));
    }

    private static void assertSameFailure(Fault fault, Consumer<OrderTable> read) {
        BREAKER.fault = fault;
        try {
            Throwable ordinaryFailure = catchThrowable(() -> read.accept(ordinary));
            Throwable directFailure = catchThrowable(() -> read.accept(direct));
            Throwable perRequestFailure = catchThrowable(() -> read.accept(perRequest));
            assertThat(ordinaryFailure).as("the ordinary path fails").isNotNull();
            assertThat(directFailure).as("through the plugin").hasSameClassAs(ordinaryFailure)
                    .hasMessage(ordinaryFailure.getMessage());
            assertThat(perRequestFailure).as("without the plugin").hasSameClassAs(ordinaryFailure)
                    .hasMessage(ordinaryFailure.getMessage());
        } finally {
            BREAKER.fault = null;
        }
        assertThat(direct.get(MAIN, "o-0042")).as("unbroken again").isPresent();
        assertThat(perRequest.get(MAIN, "o-0042")).as("unbroken again").isPresent();
    }

    /** Breaks the bodies of successful responses as told; passes everything else through. */
    static final class Breaker implements SdkHttpClient {
        private final SdkHttpClient http = Apache5HttpClient.create();
        volatile Fault fault;

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            ExecutableHttpRequest call = http.prepareRequest(request);
            Fault now = fault;
            if (now == null) {
                return call;
            }
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    HttpExecuteResponse response = call.call();
                    if (response.httpResponse().statusCode() != 200 || response.responseBody().isEmpty()) {
                        return response;
                    }
                    byte[] body;
                    try (InputStream in = response.responseBody().get()) {
                        body = in.readAllBytes();
                    }
                    return broken(response.httpResponse(), body, now);
                }

                @Override
                public void abort() {
                    call.abort();
                }
            };
        }

        private static HttpExecuteResponse broken(SdkHttpResponse response, byte[] body, Fault fault) {
            byte[] half = Arrays.copyOf(body, body.length / 2);
            SdkHttpResponse.Builder headers = response.toBuilder();
            InputStream content;
            switch (fault) {
                case TRUNCATED_WITH_ORIGINAL_CHECKSUM -> content = new ByteArrayInputStream(half);
                case TRUNCATED_WITH_MATCHING_CHECKSUM -> {
                    content = new ByteArrayInputStream(half);
                    headers.putHeader("x-amz-crc32", crc32(half));
                }
                case CORRUPTED_WITH_MATCHING_CHECKSUM -> {
                    byte[] corrupted = new String(body, StandardCharsets.UTF_8).replaceFirst("\\{\"S\"", "{\"S\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    content = new ByteArrayInputStream(corrupted);
                    headers.putHeader("x-amz-crc32", crc32(corrupted));
                }
                case TRUNCATED_WITHOUT_CHECKSUM -> {
                    content = new ByteArrayInputStream(half);
                    headers.removeHeader("x-amz-crc32");
                }
                case CONNECTION_FAILS_HALFWAY -> content = new SequenceInputStream(new ByteArrayInputStream(half),
                        new InputStream() {
                            @Override
                            public int read() throws IOException {
                                throw new IOException("Connection reset");
                            }
                        });
                default -> throw new UncheckedIOException(new IOException("no fault " + fault));
            }
            return HttpExecuteResponse.builder()
                    .response(headers.build())
                    .responseBody(AbortableInputStream.create(content))
                    .build();
        }

        private static String crc32(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return Long.toString(crc.getValue());
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
