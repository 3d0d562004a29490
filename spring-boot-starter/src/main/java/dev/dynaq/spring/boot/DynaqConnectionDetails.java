package dev.dynaq.spring.boot;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where the DynamoDB clients the starter creates connect to, and as whom. By default from
 * {@code dynaq.endpoint}, {@code dynaq.region} and the SDK's default credentials chain; a bean of this
 * type replaces that, as the test support does to point the application at DynamoDB Local. Not used
 * when the application has its own {@code DynamoDbClient} bean.
 */
public interface DynaqConnectionDetails {
    /** @return the endpoint; empty for the region's AWS endpoint */
    Optional<URI> endpoint();

    /** @return the region; empty for the SDK's default region chain */
    Optional<Region> region();

    /** @return the credentials */
    AwsCredentialsProvider credentialsProvider();
}
