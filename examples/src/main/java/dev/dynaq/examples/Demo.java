package dev.dynaq.examples;

import dev.dynaq.testing.DynamoDbLocal;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * The demo application: a small shop's year of orders on DynamoDB, through the generated API.
 *
 * <p>By default it starts DynamoDB Local in this JVM (in memory; nothing to install), creates the
 * tables from the generated models, loads the data set and runs the {@linkplain Tour scenarios}.
 * The same code runs against a real endpoint:
 *
 * <pre>
 * --endpoint URL   a DynamoDB endpoint, e.g. http://localhost:8000 (also: environment DYNAQ_ENDPOINT);
 *                  region and credentials from the AWS default chains, dummy ones for localhost
 * --aws            Amazon DynamoDB itself, region and credentials from the AWS default chains
 * --reset          drop the demo's tables (demo_*) first if they exist; otherwise they are kept
 * --customers N    the size of the data set, about ten orders per customer (default 300)
 * --seed N         the data set's random seed (default 42)
 * </pre>
 *
 * Through Maven: {@code mvn -B -q -Pdemo -DskipTests package -Ddemo.args="--reset --customers 50"}
 * (arguments given as one string are split at spaces). It exits with status 0 when every scenario
 * ran, 1 when one failed and 2 for bad arguments: DynamoDB Local leaves non-daemon threads behind, so
 * the demo always ends with {@code System.exit}.
 */
public final class Demo {
    private Demo() {
    }

    /**
     * The demo's settings.
     *
     * @param endpoint the endpoint to use, or {@code null} for in-process DynamoDB Local (or {@code --aws})
     * @param aws whether to use Amazon DynamoDB through the default chains
     * @param reset whether to drop existing tables first
     * @param customers the number of customers in the data set
     * @param seed the data set's seed
     */
    record Options(URI endpoint, boolean aws, boolean reset, int customers, long seed) {
        /** @return whether the demo starts its own in-process DynamoDB Local */
        boolean local() {
            return endpoint == null && !aws;
        }

        /**
         * @param args the command line; an argument holding spaces is split (Maven passes one string)
         * @param environmentEndpoint the value of {@code DYNAQ_ENDPOINT}, or {@code null}
         * @return the options
         * @throws IllegalArgumentException for an unknown option or a bad value
         */
        static Options parse(String[] args, String environmentEndpoint) {
            List<String> words = new ArrayList<>();
            for (String arg : args) {
                for (String word : arg.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            URI endpoint = environmentEndpoint == null || environmentEndpoint.isBlank() ? null : URI.create(environmentEndpoint.trim());
            boolean aws = false;
            boolean reset = false;
            int customers = 300;
            long seed = 42;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "--endpoint" -> endpoint = URI.create(value(words, ++i, word));
                    case "--aws" -> aws = true;
                    case "--reset" -> reset = true;
                    case "--customers" -> customers = Integer.parseInt(value(words, ++i, word));
                    case "--seed" -> seed = Long.parseLong(value(words, ++i, word));
                    default -> throw new IllegalArgumentException("unknown argument '" + word + "'");
                }
            }
            if (aws && endpoint != null) {
                throw new IllegalArgumentException("--aws and --endpoint (or DYNAQ_ENDPOINT) exclude each other");
            }
            if (customers < 1 || customers > 9_999) {
                throw new IllegalArgumentException("--customers must be 1..9999, got " + customers);
            }
            return new Options(endpoint, aws, reset, customers, seed);
        }

        private static String value(List<String> words, int index, String option) {
            if (index >= words.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return words.get(index);
        }
    }

    /**
     * Runs the demo and exits.
     *
     * @param args see the class description
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv("DYNAQ_ENDPOINT"));
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.err.println("usage: Demo [--endpoint URL | --aws] [--reset] [--customers N] [--seed N]");
            System.exit(2);
            return;
        }
        int status;
        try {
            run(options, System.out, System.console() != null);
            status = 0;
        } catch (RuntimeException e) {
            System.out.flush();
            System.err.println();
            System.err.println("demo failed: " + e);
            e.printStackTrace();
            status = 1;
        }
        // DynamoDB Local's threads are not daemons: without exit the JVM would stay up
        System.exit(status);
    }

    /**
     * Connects, creates the tables, loads the data set and runs every scenario.
     *
     * @param options the settings
     * @param out where to print
     * @param terminal whether {@code out} is a terminal (the progress bar is redrawn in place)
     * @return what the scenarios found
     */
    static Tour.Report run(Options options, PrintStream out, boolean terminal) {
        DynamoDbClient client;
        DynamoDbAsyncClient asyncClient;
        DynamoDbStreamsClient streams;
        if (options.local()) {
            out.println("Starting DynamoDB Local in this JVM (in memory) ...");
            DynamoDbLocal local = DynamoDbLocal.shared();
            client = local.client();
            asyncClient = local.asyncClient();
            streams = local.streamsClient();
            out.println("Dynaq demo on DynamoDB Local at " + local.endpoint() + " (in memory, gone when the demo ends)");
        } else {
            Region region = region();
            AwsCredentialsProvider credentials = credentials(options.endpoint());
            DynamoDbClientBuilder builder = DynamoDbClient.builder().region(region).credentialsProvider(credentials)
                    .httpClient(Apache5HttpClient.builder().build());
            DynamoDbAsyncClientBuilder asyncBuilder = DynamoDbAsyncClient.builder().region(region).credentialsProvider(credentials);
            // DynamoDB Local serves streams on its own endpoint; Amazon DynamoDB on the streams endpoint of the region
            DynamoDbStreamsClientBuilder streamsBuilder = DynamoDbStreamsClient.builder().region(region).credentialsProvider(credentials)
                    .httpClient(Apache5HttpClient.builder().build());
            if (options.endpoint() != null) {
                builder.endpointOverride(options.endpoint());
                asyncBuilder.endpointOverride(options.endpoint());
                streamsBuilder.endpointOverride(options.endpoint());
            }
            client = builder.build();
            asyncClient = asyncBuilder.build();
            streams = streamsBuilder.build();
            out.println("Dynaq demo on " + (options.endpoint() != null ? options.endpoint() : "Amazon DynamoDB") + ", region " + region);
        }
        out.println();

        Shop shop = Shop.open(client, asyncClient, streams);
        DemoData data = DemoData.generate(options.seed(), options.customers());
        Loader loader = new Loader(shop, out, terminal);
        // in-memory DynamoDB Local starts empty; a real endpoint keeps tables unless --reset
        loader.createTables(options.reset());
        loader.load(data);
        Tour.Report report = new Tour(shop, data, out).run();
        dev.dynaq.examples.single.SingleTableTour.run(client, data, out);
        out.println("Done: every scenario ran.");
        return report;
    }

    private static Region region() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException none) {
            return Region.US_EAST_1;
        }
    }

    /** The default chain; for a local endpoint without configured credentials, dummy ones (it accepts any). */
    private static AwsCredentialsProvider credentials(URI endpoint) {
        DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
        boolean loopback = endpoint != null && endpoint.getHost() != null
                && (endpoint.getHost().equals("localhost") || endpoint.getHost().startsWith("127."));
        if (!loopback) {
            return chain;
        }
        try {
            chain.resolveCredentials();
            return chain;
        } catch (SdkClientException none) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local"));
        }
    }
}
