package dev.dynaq.processor;

import dev.dynaq.processor.codegen.infra.AccessPatternReportWriter;
import dev.dynaq.processor.codegen.infra.CloudFormationWriter;
import dev.dynaq.processor.codegen.infra.ResourceFile;
import dev.dynaq.processor.codegen.infra.StreamViewType;
import dev.dynaq.processor.codegen.infra.TerraformWriter;
import dev.dynaq.processor.model.CompilationModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.SharedTableModel;
import dev.dynaq.processor.model.TableModel;
import dev.dynaq.processor.reader.CompilationReader;
import dev.dynaq.processor.reader.Diagnostics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The outputs of a whole compilation, written once at the last round from every entity read before:
 * the infrastructure files of each table ({@code -Adynaq.infra=cloudformation,terraform}, with
 * {@code -Adynaq.infra.stream=...} for a stream), the access-pattern report ({@code -Adynaq.report=true})
 * and, with {@code -Adynaq.strict=true}, the design-review notes as errors. All are off by default; each
 * file names every entity it depends on as an originating element.
 */
final class InfraOutput {
    /** Which infrastructure files to write: {@code cloudformation}, {@code terraform}, comma-separated. */
    static final String INFRA = "dynaq.infra";
    /** The stream of every table in the infrastructure files: a {@link StreamViewType}. */
    static final String STREAM = "dynaq.infra.stream";
    /** {@code true} writes {@code META-INF/dynaq/access-patterns.md} and {@code .json}. */
    static final String REPORT = "dynaq.report";
    /** {@code true} makes every design-review note an error. */
    static final String STRICT = "dynaq.strict";
    /** Every option this class reads. */
    static final Set<String> OPTIONS = Set.of(INFRA, STREAM, REPORT, STRICT);

    private final ProcessingEnvironment environment;
    private final boolean cloudFormation;
    private final boolean terraform;
    private final StreamViewType stream;
    private final boolean report;
    private final boolean strict;
    private final List<EntityModel> entities = new ArrayList<>();
    private final List<SharedTableModel> sharedTables = new ArrayList<>();

    private InfraOutput(ProcessingEnvironment environment, boolean cloudFormation, boolean terraform,
            StreamViewType stream, boolean report, boolean strict) {
        this.environment = environment;
        this.cloudFormation = cloudFormation;
        this.terraform = terraform;
        this.stream = stream;
        this.report = report;
        this.strict = strict;
    }

    /** @return the outputs the options ask for; an invalid value is reported as {@link Diagnostics#OPTION_VALUE} */
    static InfraOutput fromOptions(ProcessingEnvironment environment) {
        boolean cloudFormation = false;
        boolean terraform = false;
        String infra = environment.getOptions().get(INFRA);
        if (infra != null && !infra.isBlank()) {
            for (String format : infra.split(",", -1)) {
                switch (format.trim()) {
                    case "cloudformation" -> cloudFormation = true;
                    case "terraform" -> terraform = true;
                    default -> error(environment, INFRA, infra, "cloudformation, terraform, or both: cloudformation,terraform");
                }
            }
        }
        StreamViewType stream = null;
        String streamValue = environment.getOptions().get(STREAM);
        if (streamValue != null) {
            try {
                stream = StreamViewType.valueOf(streamValue.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(environment, STREAM, streamValue, Arrays.toString(StreamViewType.values()).replaceAll("[\\[\\]]", ""));
            }
        }
        return new InfraOutput(environment, cloudFormation, terraform, stream, flag(environment, REPORT),
                flag(environment, STRICT));
    }

    /** @return whether any option asks for something: a file or the review as errors */
    boolean active() {
        return cloudFormation || terraform || report || strict;
    }

    /** @param entity a valid model read in this compilation; documents are ignored */
    void add(EntityModel entity) {
        if (active() && !entity.document()) {
            entities.add(entity);
        }
    }

    /** @param declaration a {@code @SingleTable} declaration read in this compilation */
    void add(SharedTableModel declaration) {
        if (active()) {
            sharedTables.add(declaration);
        }
    }

    /** At the last round: reads the compilation, reports its errors and writes the files asked for. */
    void finish() {
        if (!active() || entities.isEmpty()) {
            return;
        }
        try {
            CompilationReader.Result result = new CompilationReader(environment).read(entities, sharedTables,
                    strict);
            result.report().printTo(environment.getMessager());
            CompilationModel model = result.model();
            for (TableModel table : model.tables()) {
                Element[] origins = origins(table.entities());
                if (cloudFormation) {
                    write(new CloudFormationWriter(stream).write(table), origins);
                }
                if (terraform) {
                    write(new TerraformWriter(stream).write(table), origins);
                }
            }
            if (report) {
                for (ResourceFile file : new AccessPatternReportWriter().write(model)) {
                    write(file, origins(model.entities()));
                }
            }
        } catch (IOException | RuntimeException e) {
            environment.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Diagnostics.INTERNAL_ERROR.format("the per-compilation outputs", DynaqProcessor.stackTrace(e)));
        }
    }

    private void write(ResourceFile file, Element[] origins) throws IOException {
        FileObject resource = environment.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", file.path(), origins);
        try (OutputStream out = resource.openOutputStream()) {
            out.write(file.content().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Element[] origins(List<EntityModel> entities) {
        return entities.stream().map(EntityModel::element).toArray(Element[]::new);
    }

    private static boolean flag(ProcessingEnvironment environment, String option) {
        String value = environment.getOptions().get(option);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        error(environment, option, value, "true, false (the default)");
        return false;
    }

    private static void error(ProcessingEnvironment environment, String option, String value, String values) {
        environment.getMessager().printMessage(Diagnostic.Kind.ERROR, Diagnostics.OPTION_VALUE.format(option, value, values));
    }
}
