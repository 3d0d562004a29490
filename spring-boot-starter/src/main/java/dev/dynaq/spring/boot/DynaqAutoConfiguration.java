package dev.dynaq.spring.boot;

import dev.dynaq.BatchPolicy;
import dev.dynaq.DirectDecodingPlugin;
import dev.dynaq.Dynaq;
import dev.dynaq.TableNames;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Dynaq for Spring Boot: a {@link Dynaq} environment from the application's {@link DynamoDbClient} and
 * {@link DynamoDbAsyncClient} beans (created from {@code dynaq.region}, {@code dynaq.endpoint} and the
 * default credentials chain when the application has none) and the {@code dynaq.*} properties, and
 * every generated table of the application as a bean ({@link GeneratedTableRegistrar}).
 */
@AutoConfiguration
@ConditionalOnClass({Dynaq.class, DynamoDbClient.class})
@EnableConfigurationProperties(DynaqProperties.class)
@Import(GeneratedTableRegistrar.class)
public class DynaqAutoConfiguration {
    /**
     * @param properties {@code dynaq.endpoint} and {@code dynaq.region}
     * @return the connection of the clients the starter creates
     */
    @Bean
    @ConditionalOnMissingBean
    public DynaqConnectionDetails dynaqConnectionDetails(DynaqProperties properties) {
        Optional<URI> endpoint = Optional.ofNullable(properties.getEndpoint());
        Optional<Region> region = Optional.ofNullable(properties.getRegion()).filter(r -> !r.isBlank()).map(Region::of);
        return new DynaqConnectionDetails() {
            @Override
            public Optional<URI> endpoint() {
                return endpoint;
            }

            @Override
            public Optional<Region> region() {
                return region;
            }

            @Override
            public AwsCredentialsProvider credentialsProvider() {
                return DefaultCredentialsProvider.builder().build();
            }

            @Override
            public String toString() {
                return "DynaqConnectionDetails[endpoint=" + endpoint.orElse(null) + ", region=" + region.orElse(null) + "]";
            }
        };
    }

    /**
     * @param connection where to connect
     * @return the sync client, when the application has none, with {@link DirectDecodingPlugin} so every
     *     table read decodes directly; closed with the context
     */
    @Bean
    @ConditionalOnMissingBean
    public DynamoDbClient dynamoDbClient(DynaqConnectionDetails connection) {
        var builder = DynamoDbClient.builder().credentialsProvider(connection.credentialsProvider())
                .addPlugin(DirectDecodingPlugin.create());
        connection.endpoint().ifPresent(builder::endpointOverride);
        connection.region().ifPresent(builder::region);
        return builder.build();
    }

    /**
     * @param connection where to connect
     * @return the async client, when the application has none; lazy: built when an async table is first
     *     used, closed with the context
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    public DynamoDbAsyncClient dynamoDbAsyncClient(DynaqConnectionDetails connection) {
        var builder = DynamoDbAsyncClient.builder().credentialsProvider(connection.credentialsProvider());
        connection.endpoint().ifPresent(builder::endpointOverride);
        connection.region().ifPresent(builder::region);
        return builder.build();
    }

    /**
     * @param client the sync client
     * @param asyncClient the async client, behind a lazy proxy: resolved on the first async call
     * @param properties table names, cursor secret, batch policy, logging of values, consumed capacity,
     *     direct decoding
     * @param clock the application's {@link Clock} bean, if it has exactly one: the time of
     *     {@code @CreatedDate} and {@code @LastModifiedDate}
     * @param customizers changes of the application's own
     * @return the environment every generated table bean is created in
     */
    @Bean
    @ConditionalOnMissingBean
    public Dynaq dynaq(DynamoDbClient client, @Lazy DynamoDbAsyncClient asyncClient, DynaqProperties properties,
            ObjectProvider<Clock> clock, ObjectProvider<DynaqBuilderCustomizer> customizers) {
        Dynaq.Builder builder = Dynaq.builder()
                .client(client)
                .asyncClient(asyncClient)
                .tableNames(tableNames(properties.getTableNames()))
                .batchPolicy(BatchPolicy.defaults()
                        .withMaxAttempts(properties.getBatch().getMaxAttempts())
                        .withBaseDelay(properties.getBatch().getBaseDelay())
                        .withMaxDelay(properties.getBatch().getMaxDelay()))
                .logValues(properties.isLogValues())
                .returnConsumedCapacity(properties.isReturnConsumedCapacity())
                .directDecoding(properties.isDirectDecoding());
        clock.ifUnique(builder::clock);
        String secret = properties.getCursorSecret();
        if (secret != null && !secret.isEmpty()) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 16) {
                throw new IllegalStateException("dynaq.cursor-secret is " + bytes.length
                        + " bytes long; it must be at least 16 bytes (32 random bytes recommended)");
            }
            builder.cursorSecret(bytes);
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * @param dynaq the environment
     * @param tables the application's tables
     * @return the initializer that creates missing tables at start-up
     */
    @Bean
    @ConditionalOnProperty(name = "dynaq.create-tables", havingValue = "true")
    public DynaqTableInitializer dynaqTableInitializer(Dynaq dynaq, DynaqTables tables) {
        return new DynaqTableInitializer(tables, dynaq);
    }

    private static TableNames tableNames(DynaqProperties.TableNamesProperties names) {
        TableNames prefixed = TableNames.prefix(names.getPrefix()).andThen(TableNames.suffix(names.getSuffix()));
        Map<String, String> mapping = names.getMapping();
        if (mapping.isEmpty()) {
            return names.getPrefix().isEmpty() && names.getSuffix().isEmpty() ? TableNames.unchanged() : prefixed;
        }
        TableNames mapped = TableNames.of(mapping);
        return TableNames.from(name -> mapping.containsKey(name) ? mapped.resolve(name) : prefixed.resolve(name));
    }
}
