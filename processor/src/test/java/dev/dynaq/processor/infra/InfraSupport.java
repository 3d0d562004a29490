package dev.dynaq.processor.infra;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dynaq.processor.DynaqInfraProcessor;
import dev.dynaq.processor.DynaqProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Compiles models with the per-compilation outputs on, and reads what the compilation wrote. */
final class InfraSupport {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> ALL_OUTPUTS =
            List.of("-Adynaq.infra=cloudformation,terraform", "-Adynaq.report=true", "-Xlint:all", "-Werror");

    private InfraSupport() {
    }

    /** @return the fixture {@code com.acme.<simpleName>} of the codegen tests */
    static JavaFileObject fixture(String simpleName) {
        return JavaFileObjects.forResource("codegen/com/acme/" + simpleName + ".java");
    }

    /** @return a source in package {@code com.acme} with the annotations and java.time/java.util imported */
    static JavaFileObject source(String simpleName, String body) {
        return JavaFileObjects.forSourceString("com.acme." + simpleName, """
                package com.acme;

                import dev.dynaq.annotation.*;
                import java.math.*;
                import java.time.*;
                import java.util.*;
                import software.amazon.awssdk.core.SdkBytes;
                """ + body);
    }

    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac().withOptions(options).withProcessors(processors()).compile(sources);
    }

    /** @return Dynaq's processors in the order their service file lists them, the order javac runs them */
    static javax.annotation.processing.Processor[] processors() {
        return new javax.annotation.processing.Processor[] {new DynaqInfraProcessor(), new DynaqProcessor()};
    }

    /** @return the text of a resource the compilation wrote on the class output, if it did */
    static Optional<String> resource(Compilation compilation, String path) {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(file -> {
            try (InputStream in = file.openInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** @return the resource's text; fails when it was not written */
    static String required(Compilation compilation, String path) {
        return resource(compilation, path).orElseThrow(() -> new AssertionError(path + " was not written; wrote "
                + writtenResources(compilation) + "; diagnostics: " + compilation.diagnostics()));
    }

    static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    /** @return the paths of every non-class file on the class output */
    static List<String> writtenResources(Compilation compilation) {
        List<String> paths = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            int at = path.indexOf("/CLASS_OUTPUT/");
            if (at >= 0 && !path.endsWith(".class")) {
                paths.add(path.substring(at + "/CLASS_OUTPUT/".length()));
            }
        }
        paths.sort(null);
        return paths;
    }

    /** Loads the classes a compilation wrote, on top of the test's class path (runtime and SDK). */
    static final class CompiledClasses extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        CompiledClasses(Compilation compilation) {
            super(InfraSupport.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                int at = path.indexOf("/CLASS_OUTPUT/");
                if (at >= 0 && path.endsWith(".class")) {
                    String name = path.substring(at + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
                            .replace('/', '.');
                    try (InputStream in = file.openInputStream()) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        in.transferTo(bytes);
                        classes.put(name, bytes.toByteArray());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /**
     * @param tableClass the generated table class, such as {@code com.acme.OrderTable}
     * @return what its {@code createTableRequest()} builds, the request {@code createTable()} sends
     */
    static CreateTableRequest createTableRequest(Compilation compilation, String tableClass) {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            Class<?> type = new CompiledClasses(compilation).loadClass(tableClass);
            Object table = type.getMethod("create", DynamoDbClient.class).invoke(null, client);
            Method request = type.getMethod("createTableRequest");
            return (CreateTableRequest) request.invoke(table);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build the request of " + tableClass, e);
        }
    }
}
