package dev.dynaq.internal.direct;

import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The client-level wiring of the fast path: one stateless interceptor, added to a client once (by
 * {@link dev.dynaq.DirectDecodingPlugin}), that hands each response to the {@link ResponseDecoder}
 * its request carries as an execution attribute, and leaves requests without one alone. A request
 * then costs one attribute more instead of a request-level plugin, for which the SDK rebuilds the
 * request's whole client configuration; so small batches pay too.
 */
public final class ClientDecoding implements ExecutionInterceptor {
    /** The decoder of one request, put on it by {@link ResponseDecoder}. */
    static final ExecutionAttribute<ResponseDecoder> DECODER = new ExecutionAttribute<>("dev.dynaq.ResponseDecoder");

    private static final ClientDecoding INTERCEPTOR = new ClientDecoding();

    /** Clients looked at, with whether they have the interceptor; clients a table no longer uses go. */
    private static final Map<SdkClient, Boolean> INSTALLED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Most applications have one client: its answer, without a lock. */
    private static volatile Installed last;

    private record Installed(WeakReference<SdkClient> client, boolean installed) {
    }

    private ClientDecoding() {
    }

    /**
     * Adds the interceptor to a client being built, once however often called.
     *
     * @param config the client's configuration
     */
    public static void install(SdkServiceClientConfiguration.Builder config) {
        ClientOverrideConfiguration current = config.overrideConfiguration();
        if (!current.executionInterceptors().contains(INTERCEPTOR)) {
            config.overrideConfiguration(current.toBuilder().addExecutionInterceptor(INTERCEPTOR).build());
        }
    }

    /**
     * @param client a client
     * @return whether it was built with {@link dev.dynaq.DirectDecodingPlugin}
     */
    public static boolean installedOn(SdkClient client) {
        Installed seen = last;
        if (seen != null && seen.client().get() == client) {
            return seen.installed();
        }
        Boolean installed = INSTALLED.computeIfAbsent(client,
                c -> c.serviceClientConfiguration().overrideConfiguration().executionInterceptors().contains(INTERCEPTOR));
        last = new Installed(new WeakReference<>(client), installed);
        return installed;
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        ResponseDecoder decoder = attributes.getAttribute(DECODER);
        return decoder == null ? context.httpResponse() : decoder.modifyHttpResponse(context, attributes);
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        ResponseDecoder decoder = attributes.getAttribute(DECODER);
        return decoder == null ? context.responseBody() : decoder.modifyHttpResponseContent(context, attributes);
    }
}
