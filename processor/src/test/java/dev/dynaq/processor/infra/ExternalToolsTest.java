package dev.dynaq.processor.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated files pass the tools users run on them: {@code terraform validate} with the AWS provider,
 * and {@code cfn-lint}. Each test runs where the tool is installed (the AWS provider from a local plugin
 * directory, {@code DYNAQ_TF_PLUGIN_DIR} or {@code /opt/tf-plugins}: the build has no network), and is
 * skipped elsewhere; the schema and structural tests run everywhere.
 */
class ExternalToolsTest {
    @TempDir
    Path folder;

    @Test
    void terraformValidateAcceptsEveryTableAndRefusesAMisspeltOne() throws Exception {
        String pluginDir = System.getenv().getOrDefault("DYNAQ_TF_PLUGIN_DIR", "/opt/tf-plugins");
        assumeTrue(onPath("terraform") && new File(pluginDir, "registry.terraform.io/hashicorp/aws").isDirectory(),
                "terraform and a local AWS provider are needed");
        for (String path : InfraSupport.writtenResources(InfraFilesTest.ALL)) {
            if (path.endsWith(".tf.json")) {
                Files.writeString(folder.resolve(path.substring(path.lastIndexOf('/') + 1)),
                        InfraSupport.required(InfraFilesTest.ALL, path), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(folder.resolve("provider.tf.json"), """
                {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws"}}},
                 "provider": {"aws": {"region": "us-east-1"}}}
                """);

        Result init = run("terraform", "init", "-backend=false", "-input=false", "-no-color", "-plugin-dir=" + pluginDir);
        assertThat(init.status()).as(init.output()).isZero();
        Result validate = run("terraform", "validate", "-no-color");
        assertThat(validate.status()).as(validate.output()).isZero();
        assertThat(validate.output()).contains("The configuration is valid.").doesNotContain("Warning");

        // the same check refuses a misspelt argument: it does read the files
        Path orders = folder.resolve("orders.tf.json");
        Files.writeString(orders, Files.readString(orders).replace("\"projection_type\"", "\"projection\""));
        Result refused = run("terraform", "validate", "-no-color");
        assertThat(refused.status()).isNotZero();
        assertThat(refused.output()).contains("projection");
    }

    @Test
    void cfnLintFindsNothingInAnyTemplate() throws Exception {
        assumeTrue(onPath("cfn-lint"), "cfn-lint is needed");
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
        for (String path : InfraSupport.writtenResources(InfraFilesTest.ALL)) {
            if (path.endsWith(".cfn.json")) {
                Path file = folder.resolve(path.substring(path.lastIndexOf('/') + 1));
                Files.writeString(file, InfraSupport.required(InfraFilesTest.ALL, path), StandardCharsets.UTF_8);
                command.add(file.toString());
            }
        }
        assertThat(command).hasSize(5);

        Result lint = run(command.toArray(String[]::new));
        assertThat(lint.status()).as(lint.output()).isZero();
        assertThat(lint.output()).isBlank();
    }

    private record Result(int status, String output) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "out", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TF_IN_AUTOMATION", "1");
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        builder.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private static boolean onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }
}
