package dev.dynaq.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.dynaq.processor.codegen.AsyncTableWriter;
import dev.dynaq.processor.codegen.MetamodelWriter;
import dev.dynaq.processor.codegen.SharedEntityTableWriter;
import dev.dynaq.processor.codegen.TableWriter;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.reader.Diagnostics;
import dev.dynaq.processor.reader.EntityReader;
import dev.dynaq.processor.reader.ReadResult;
import dev.dynaq.processor.reader.Report;
import dev.dynaq.processor.reader.SingleTableReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Dynaq's entry point: finds {@code @DynamoTable} and {@code @DynamoDocument} types, reads each into
 * a model (deferring those that use types not generated yet), and hands valid models to the writers.
 * Each type is isolated: its errors stop only its own files, and an unexpected exception becomes one
 * internal-error diagnostic on it.
 */
@AutoService(Processor.class)
public final class DynaqProcessor extends AbstractProcessor {
    static final String DYNAMO_TABLE = "dev.dynaq.annotation.DynamoTable";
    static final String DYNAMO_DOCUMENT = "dev.dynaq.annotation.DynamoDocument";
    static final String DYNAMO_ENTITY = "dev.dynaq.annotation.DynamoEntity";
    static final String SINGLE_TABLE = "dev.dynaq.annotation.SingleTable";
    static final String GENERATED = "javax.annotation.processing.Generated";
    /**
     * Processor option: {@code false} leaves out {@code OrderAsyncTable} and {@code OrderTable.createAsync},
     * for builds that use only the sync client (a third less code to generate and compile).
     */
    static final String ASYNC_TABLES = "dynaq.asyncTables";

    /** Whether to write async tables; from {@link #ASYNC_TABLES}, read in {@link #init}. */
    private boolean asyncTables = true;

    private final DeferredTypes deferred = new DeferredTypes();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Every Dynaq annotation and the @Generated on Dynaq's output, claimed by process(): else
        // -Xlint:processing warns that no processor claimed them, which fails builds with -Werror.
        return Set.of("dev.dynaq.annotation.*", GENERATED);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(ASYNC_TABLES);
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        String value = processingEnv.getOptions().get(ASYNC_TABLES);
        if (value == null || value.equals("true")) {
            asyncTables = true;
        } else if (value.equals("false")) {
            asyncTables = false;
        } else {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Diagnostics.OPTION_VALUE.format(ASYNC_TABLES, value, "true (the default), false"));
        }
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> types = deferred.takeAll(processingEnv.getElementUtils());
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            if (name.equals(SINGLE_TABLE)) {
                round.getElementsAnnotatedWith(annotation).forEach(this::checkSingleTable);
                continue;
            }
            if (!name.equals(DYNAMO_TABLE) && !name.equals(DYNAMO_DOCUMENT) && !name.equals(DYNAMO_ENTITY)) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type && !types.contains(type)) {
                    types.add(type);
                }
            }
        }
        EntityReader reader = new EntityReader(processingEnv);
        for (TypeElement type : types) {
            processType(reader, type, round.processingOver());
        }
        return true;
    }

    /**
     * Reports the problems of a {@code @SingleTable} declaration; its {@code ShopTable} depends on all its
     * entities and is written by {@link DynaqAggregatingProcessor}.
     */
    private void checkSingleTable(Element element) {
        if (element instanceof TypeElement type) {
            try {
                Report report = new Report();
                SingleTableReader.create(processingEnv.getElementUtils()).readDeclaration(type, report);
                report.printTo(processingEnv.getMessager());
            } catch (RuntimeException e) {
                Report report = new Report();
                report.error(Diagnostics.INTERNAL_ERROR, type, type.getQualifiedName(), stackTrace(e));
                report.printTo(processingEnv.getMessager());
            }
        }
    }

    private void processType(EntityReader reader, TypeElement type, boolean lastRound) {
        try {
            ReadResult result = reader.read(type);
            if (result.deferred() && !lastRound) {
                deferred.add(type);
                return;
            }
            result.report().printTo(processingEnv.getMessager());
            if (result.model() != null) {
                for (JavaFile file : generate(result.model())) {
                    file.writeTo(processingEnv.getFiler());
                }
            }
        } catch (IOException | RuntimeException e) {
            Report report = new Report();
            report.error(Diagnostics.INTERNAL_ERROR, type, type.getQualifiedName(), stackTrace(e));
            report.printTo(processingEnv.getMessager());
        }
    }

    private List<JavaFile> generate(EntityModel entity) {
        if (entity.singleTableEntity().isPresent()) {
            return List.of(new MetamodelWriter().write(entity), new SharedEntityTableWriter().write(entity));
        }
        List<JavaFile> files = new ArrayList<>(List.of(new MetamodelWriter().write(entity)));
        if (!entity.document()) {
            files.add(new TableWriter(asyncTables).write(entity));
            if (asyncTables) {
                files.add(new AsyncTableWriter().write(entity));
            }
        }
        return files;
    }

    static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
