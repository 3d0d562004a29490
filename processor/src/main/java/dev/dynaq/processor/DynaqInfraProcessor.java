package dev.dynaq.processor;

import com.google.auto.service.AutoService;
import dev.dynaq.processor.reader.EntityReader;
import dev.dynaq.processor.reader.ReadResult;
import dev.dynaq.processor.reader.Report;
import dev.dynaq.processor.reader.SingleTableReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Dynaq's per-compilation outputs ({@link InfraOutput}): the CloudFormation and Terraform files of every
 * table and the access-pattern report, which depend on every entity of the compilation: the
 * {@code @DynamoTable} entities, and the {@code @DynamoEntity} types of shared tables with their
 * {@code @SingleTable} declarations. Declared
 * <em>aggregating</em> for Gradle (META-INF/gradle/incremental.annotation.processors), so that adding,
 * changing or removing any entity rewrites them, while {@link DynaqProcessor}, whose files each depend on
 * one type, stays <em>isolating</em>.
 *
 * <p>With none of its options set it supports no annotation at all, so javac never runs it and Gradle
 * reprocesses nothing for it. It never claims annotations ({@link #process} returns {@code false}) and
 * reports no problem of a single entity: {@link DynaqProcessor} reads the same types and reports those.
 * It reads each entity again (deferring those that use types not generated yet, as DynaqProcessor does)
 * and, at the last round, writes what the options ask for. javac must run it before DynaqProcessor,
 * which claims {@code @DynamoTable}: its service file lists it first (AutoService sorts by name).
 */
@AutoService(Processor.class)
public final class DynaqInfraProcessor extends AbstractProcessor {
    private InfraOutput output;
    private final DeferredTypes deferred = new DeferredTypes();
    /** Qualified names of the types read, so that each is added once. */
    private final Set<String> read = new LinkedHashSet<>();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        output = InfraOutput.fromOptions(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return output != null && output.active()
                ? Set.of(DynaqProcessor.DYNAMO_TABLE, DynaqProcessor.DYNAMO_ENTITY, DynaqProcessor.SINGLE_TABLE)
                : Set.of();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return InfraOutput.OPTIONS;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!output.active()) {
            return false;
        }
        List<TypeElement> types = deferred.takeAll(processingEnv.getElementUtils());
        for (String name : List.of(DynaqProcessor.DYNAMO_TABLE, DynaqProcessor.DYNAMO_ENTITY)) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation != null) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (element instanceof TypeElement type && !types.contains(type)) {
                        types.add(type);
                    }
                }
            }
        }
        readSharedTables(round);
        EntityReader reader = new EntityReader(processingEnv);
        for (TypeElement type : types) {
            String name = type.getQualifiedName().toString();
            if (read.contains(name)) {
                continue;
            }
            try {
                ReadResult result = reader.read(type);
                if (result.deferred() && !round.processingOver()) {
                    deferred.add(type);
                } else {
                    read.add(name);
                    result.entity().ifPresent(output::add);
                }
            } catch (RuntimeException e) {
                // DynaqProcessor reads the same type and reports this as an internal error on it
                read.add(name);
            }
        }
        if (round.processingOver()) {
            output.finish();
        }
        return false;
    }

    /** Reads the {@code @SingleTable} declarations of the round: their indexes are the shared table's. */
    private void readSharedTables(RoundEnvironment round) {
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(DynaqProcessor.SINGLE_TABLE);
        if (annotation == null) {
            return;
        }
        SingleTableReader tables = SingleTableReader.create(processingEnv.getElementUtils());
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            if (element instanceof TypeElement type && read.add(type.getQualifiedName().toString())) {
                try {
                    // its problems are reported by DynaqProcessor
                    tables.readDeclaration(type, new Report()).ifPresent(output::add);
                } catch (RuntimeException e) {
                    // reported by DynaqProcessor as an internal error on the type
                }
            }
        }
    }
}
