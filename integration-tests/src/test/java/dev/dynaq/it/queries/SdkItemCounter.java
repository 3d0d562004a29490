package dev.dynaq.it.queries;

import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts the items the SDK unmarshalled, and the {@code Count}s of query and scan responses: an
 * interceptor for a test's client, telling which reads the direct path decoded (the SDK unmarshals
 * none of their items) and which it left to the SDK.
 */
public final class SdkItemCounter implements ExecutionInterceptor {
    private int unmarshalled;
    private int counted;

    /** Starts counting again from zero. */
    public synchronized void clear() {
        unmarshalled = 0;
        counted = 0;
    }

    /** @return the items the SDK built maps for: query, scan and batch get items, and get attributes */
    public synchronized int unmarshalled() {
        return unmarshalled;
    }

    /** @return the sum of the {@code Count}s of query and scan responses */
    public synchronized int counted() {
        return counted;
    }

    @Override
    public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.response() instanceof QueryResponse query) {
            unmarshalled += query.items().size();
            counted += query.count();
        } else if (context.response() instanceof ScanResponse scan) {
            unmarshalled += scan.items().size();
            counted += scan.count();
        } else if (context.response() instanceof GetItemResponse get) {
            unmarshalled += get.hasItem() ? get.item().size() : 0;
        } else if (context.response() instanceof BatchGetItemResponse batch) {
            unmarshalled += batch.responses().values().stream().mapToInt(List::size).sum();
        }
    }
}
