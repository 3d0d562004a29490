package dev.dynaq.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.dynaq.processor.codegen.SharedTableWriter;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.SharedTableModel;
import dev.dynaq.processor.model.TableIndexModel;
import dev.dynaq.processor.reader.Diagnostics;
import dev.dynaq.processor.reader.EntityReader;
import dev.dynaq.processor.reader.ReadResult;
import dev.dynaq.processor.reader.Report;
import dev.dynaq.processor.reader.SharedTableReader;
import dev.dynaq.processor.reader.SingleTableReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Dynaq's outputs that depend on several types: a shared table's {@code ShopTable}, which depends on
 * its {@code @SingleTable} declaration and every {@code @DynamoEntity} of it, and the table index of the
 * compilation ({@link TableIndexStep}), which lists every generated table. Declared
 * <em>aggregating</em> for Gradle (META-INF/gradle/incremental.annotation.processors), so that
 * changing one entity regenerates the shared table, while {@link DynaqProcessor}, whose files each
 * depend on one type, stays <em>isolating</em>. Each such file names all the types it depends on as
 * originating elements.
 *
 * <p>It never claims annotations ({@link #process} returns {@code false}): {@link DynaqProcessor}
 * claims them and reports the problems of each single type; this processor reports only problems
 * between entities (key overlaps, duplicate type names, collections). It is listed before
 * {@link DynaqProcessor} in META-INF/services, so javac runs it first and it sees every round.
 */
@AutoService(Processor.class)
public final class DynaqAggregatingProcessor extends AbstractProcessor {
    /** Entities deferred to the next round (a type not generated yet). */
    private final DeferredTypes deferred = new DeferredTypes();
    /** Read entities by the qualified name of their table, across rounds. */
    private final Map<String, List<EntityModel>> entities = new LinkedHashMap<>();
    /** Tables one of whose entities failed to read (its own errors are reported by DynaqProcessor). */
    private final Set<String> failed = new LinkedHashSet<>();
    /** Tables whose files were written, or will never be. */
    private final Set<String> done = new LinkedHashSet<>();

    /**
     * Processor option: {@code false} leaves out the table index of the compilation ({@link TableIndexStep}),
     * which frameworks such as the Spring Boot starter read.
     */
    static final String TABLE_INDEX = "dynaq.tableIndex";

    /** Writes the table index; {@code null} with {@code -Adynaq.tableIndex=false}. */
    private TableIndexStep tableIndex;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(DynaqProcessor.SINGLE_TABLE, DynaqProcessor.DYNAMO_ENTITY, DynaqProcessor.DYNAMO_TABLE);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(DynaqProcessor.ASYNC_TABLES, TABLE_INDEX);
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        String value = processingEnv.getOptions().get(TABLE_INDEX);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    Diagnostics.OPTION_VALUE.format(TABLE_INDEX, value, "true (the default), false"));
        }
        tableIndex = "false".equals(value) ? null : new TableIndexStep(processingEnv.getElementUtils());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round);
        } catch (RuntimeException e) {
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    Diagnostics.INTERNAL_ERROR.format("the shared tables", DynaqProcessor.stackTrace(e)));
        }
        if (tableIndex != null) {
            try {
                tableIndex.round(round, tableAnnotations(), processingEnv.getFiler());
            } catch (IOException | RuntimeException e) {
                processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                        Diagnostics.INTERNAL_ERROR.format("the table index", DynaqProcessor.stackTrace(e)));
            }
        }
        return false;
    }

    /** @return the annotations of types that get a generated table, with the kind of that table */
    private Map<TypeElement, TableIndexModel.Kind> tableAnnotations() {
        Map<TypeElement, TableIndexModel.Kind> annotations = new LinkedHashMap<>();
        Map<String, TableIndexModel.Kind> names = new LinkedHashMap<>();
        names.put(DynaqProcessor.DYNAMO_TABLE, TableIndexModel.Kind.TABLE);
        names.put(DynaqProcessor.DYNAMO_ENTITY, TableIndexModel.Kind.SHARED_ENTITY);
        names.put(DynaqProcessor.SINGLE_TABLE, TableIndexModel.Kind.SHARED_TABLE);
        names.forEach((name, kind) -> {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation != null) {
                annotations.put(annotation, kind);
            }
        });
        return annotations;
    }

    private void processRound(RoundEnvironment round) {
        SingleTableReader tables = SingleTableReader.create(processingEnv.getElementUtils());
        EntityReader reader = new EntityReader(processingEnv);
        Set<String> touched = new LinkedHashSet<>();
        List<TypeElement> types = deferred.takeAll(processingEnv.getElementUtils());
        TypeElement entityAnnotation = processingEnv.getElementUtils().getTypeElement(DynaqProcessor.DYNAMO_ENTITY);
        TypeElement tableAnnotation = processingEnv.getElementUtils().getTypeElement(DynaqProcessor.SINGLE_TABLE);
        if (entityAnnotation != null) {
            for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
                if (element instanceof TypeElement type && !types.contains(type)) {
                    types.add(type);
                }
            }
        }
        Map<String, String> deferredTables = new LinkedHashMap<>();
        for (TypeElement type : types) {
            Optional<TypeElement> table = tables.tableOf(type);
            if (table.isEmpty()) {
                continue; // not resolved or not a @SingleTable: DynaqProcessor reports it
            }
            String tableName = table.get().getQualifiedName().toString();
            touched.add(tableName);
            ReadResult result = reader.read(type);
            if (result.deferred() && !round.processingOver()) {
                deferred.add(type);
                deferredTables.put(tableName, type.getQualifiedName().toString());
            } else if (result.model() != null) {
                entities.computeIfAbsent(tableName, name -> new ArrayList<>()).add(result.model());
            } else {
                failed.add(tableName);
            }
        }
        if (tableAnnotation != null) {
            for (Element element : round.getElementsAnnotatedWith(tableAnnotation)) {
                if (element instanceof TypeElement type) {
                    touched.add(type.getQualifiedName().toString());
                }
            }
        }
        for (String tableName : touched) {
            if (done.contains(tableName) || deferredTables.containsKey(tableName) || round.processingOver()) {
                continue;
            }
            done.add(tableName);
            // with a broken entity, the others are still checked against each other, but nothing is written
            writeSharedTable(tables, processingEnv.getElementUtils().getTypeElement(tableName),
                    entities.getOrDefault(tableName, List.of()), !failed.contains(tableName));
        }
    }

    private void writeSharedTable(SingleTableReader tables, TypeElement table, List<EntityModel> members,
            boolean write) {
        if (table == null) {
            return;
        }
        Optional<SharedTableModel> declaration = tables.readDeclaration(table, new Report());
        if (declaration.isEmpty()) {
            return; // reported by DynaqProcessor
        }
        Report report = new Report();
        Optional<SharedTableModel> model = new SharedTableReader(processingEnv.getElementUtils())
                .combine(declaration.get(), members, report);
        report.printTo(processingEnv.getMessager());
        if (model.isEmpty() || !write) {
            return;
        }
        try {
            for (JavaFile file : generate(model.get())) {
                file.writeTo(processingEnv.getFiler());
            }
        } catch (IOException | RuntimeException e) {
            Report internal = new Report();
            internal.error(Diagnostics.INTERNAL_ERROR, table, table.getQualifiedName(), DynaqProcessor.stackTrace(e));
            internal.printTo(processingEnv.getMessager());
        }
    }

    private List<JavaFile> generate(SharedTableModel table) {
        return List.of(new SharedTableWriter().write(table));
    }
}
