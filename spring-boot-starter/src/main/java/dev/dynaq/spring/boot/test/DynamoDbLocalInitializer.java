package dev.dynaq.spring.boot.test;

import dev.dynaq.Dynaq;
import dev.dynaq.spring.boot.DynaqConnectionDetails;
import dev.dynaq.testing.DynamoDbLocal;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Points an application context at the in-process DynamoDB Local of {@code dynaq-testing}: registers a
 * {@link DynaqConnectionDetails} bean for it (so the clients the starter creates connect there, with
 * test credentials) and, unless told otherwise, sets {@code dynaq.create-tables=true}. Once the context
 * is refreshed it checks that the {@link Dynaq} environment's client does point at the server.
 *
 * <pre>{@code
 * new ApplicationContextRunner()
 *         .withConfiguration(AutoConfigurations.of(DynaqAutoConfiguration.class))
 *         .withInitializer(new DynamoDbLocalInitializer())
 * }</pre>
 */
public class DynamoDbLocalInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    /** The name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE = "dynaqDynamoDbLocal";

    private final boolean createTables;

    /** Creates the tables at start-up. */
    public DynamoDbLocalInitializer() {
        this(true);
    }

    /** @param createTables whether the application's tables are created at start-up */
    public DynamoDbLocalInitializer(boolean createTables) {
        this.createTables = createTables;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DynamoDbLocal server = DynamoDbLocal.shared();
        context.getBeanFactory().registerSingleton("dynaqConnectionDetails", new LocalConnection(server.endpoint()));
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("dynaq.create-tables", Boolean.toString(createTables))));
        context.addApplicationListener(event -> {
            if (event instanceof ContextRefreshedEvent refreshed && refreshed.getApplicationContext() == context) {
                checkClient(context, server.endpoint());
            }
        });
    }

    private static void checkClient(ConfigurableApplicationContext context, URI endpoint) {
        context.getBeanProvider(Dynaq.class).ifAvailable(dynaq -> dynaq.client().ifPresent(client -> {
            Optional<URI> target = client.serviceClientConfiguration().endpointOverride();
            if (target.isEmpty() || !target.get().equals(endpoint)) {
                throw new IllegalStateException("The Dynaq environment's DynamoDbClient connects to "
                        + target.map(URI::toString).orElse("AWS") + ", not to DynamoDB Local at " + endpoint
                        + ": the application defines its own DynamoDbClient bean; build it from the"
                        + " DynaqConnectionDetails bean (endpoint, region, credentials) so that tests can redirect it");
            }
        }));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DynamoDbLocalInitializer that && that.createTables == createTables;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(createTables);
    }

    /** DynamoDB Local: its endpoint, any region, static test credentials. */
    private record LocalConnection(URI url) implements DynaqConnectionDetails {
        @Override
        public Optional<URI> endpoint() {
            return Optional.of(url);
        }

        @Override
        public Optional<Region> region() {
            return Optional.of(Region.US_EAST_1);
        }

        @Override
        public AwsCredentialsProvider credentialsProvider() {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local"));
        }
    }
}
