package dev.dynaq.it.queries;

import dev.dynaq.DirectDecodingPlugin;
import dev.dynaq.testing.DynamoDbLocal;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Clients of the shared DynamoDB Local that tests build themselves, as a user would. */
public final class LocalClients {
    private LocalClients() {
    }

    /**
     * @param directDecodingPlugin whether to add {@link DirectDecodingPlugin}
     * @return a builder pointed at DynamoDB Local; the HTTP client and other settings are the test's
     */
    public static DynamoDbClientBuilder builder(boolean directDecodingPlugin) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .endpointOverride(DynamoDbLocal.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local")));
        if (directDecodingPlugin) {
            builder.addPlugin(DirectDecodingPlugin.create());
        }
        return builder;
    }
}
