package dev.dynaq.processor;

import com.palantir.javapoet.ClassName;
import dev.dynaq.processor.codegen.TableIndexWriter;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TableIndexModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The table index of a compilation ({@link TableIndexWriter}), a step of {@link DynaqAggregatingProcessor}:
 * the index depends on every table, while each table is {@link DynaqProcessor}'s, file by file. So this
 * step does not read entities again; it waits for the {@code OrderTable} that {@link DynaqProcessor} writes
 * for each {@code @DynamoTable} and the {@code CustomerTable} of each {@code @DynamoEntity}, and for the
 * {@code ShopTable} that {@link DynaqAggregatingProcessor} writes for each {@code @SingleTable} (each
 * visible from the next round on), and lists the types whose tables exist, with {@code OrderAsyncTable}
 * where that exists too. An entity with errors gets no table, so it is
 * not listed. The index class of a round's tables is written in that round, so that javac compiles it
 * in the next one; an entity that waits longer (it uses a type another processor generates) gets an index
 * class of its own then. The service file naming every index class is a resource, written in the last round.
 */
final class TableIndexStep {
    private final Elements elements;
    /** Types whose table was not generated yet, by qualified name, in order first seen, with their kind. */
    private final Map<String, TableIndexModel.Kind> waiting = new LinkedHashMap<>();
    private final List<TableIndexModel.Entry> indexed = new ArrayList<>();
    private final List<ClassName> indexes = new ArrayList<>();

    /** @param elements the compilation's elements */
    TableIndexStep(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param round the round
     * @param annotations {@code @DynamoTable}, {@code @DynamoEntity} and {@code @SingleTable}, each with the
     *     kind of table its types get; an annotation that is not on the class path is left out
     * @param filer where to write
     * @throws IOException if a file cannot be written
     */
    void round(RoundEnvironment round, Map<TypeElement, TableIndexModel.Kind> annotations, Filer filer) throws IOException {
        annotations.forEach((annotation, kind) -> {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    waiting.putIfAbsent(type.getQualifiedName().toString(), kind);
                }
            }
        });
        List<TableIndexModel.Entry> ready = new ArrayList<>();
        for (Map.Entry<String, TableIndexModel.Kind> candidate : List.copyOf(waiting.entrySet())) {
            String name = candidate.getKey();
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                waiting.remove(name);
                continue;
            }
            TableIndexModel.Kind kind = candidate.getValue();
            ClassName typeName = ClassName.get(type);
            TableIndexModel.Entry entry = new TableIndexModel.Entry(type, typeName, kind, false);
            if (exists(entry.table())) {
                boolean async = kind == TableIndexModel.Kind.TABLE && exists(Names.asyncTable(typeName));
                ready.add(async ? new TableIndexModel.Entry(type, typeName, kind, true) : entry);
                waiting.remove(name);
            }
        }
        // In the last round a new class would not be compiled any more (javac gets there early when a
        // round reported an error, such as a key overlap between the entities of a shared table).
        if (!ready.isEmpty() && !round.processingOver()) {
            TableIndexModel index = TableIndexModel.of(ready);
            new TableIndexWriter().write(index).writeTo(filer);
            indexes.add(index.className());
            indexed.addAll(index.tables());
        }
        if (round.processingOver() && !indexes.isEmpty()) {
            Element[] origins = indexed.stream().map(TableIndexModel.Entry::element).toArray(Element[]::new);
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", TableIndexWriter.SERVICE_FILE, origins);
            try (Writer out = file.openWriter()) {
                out.write(TableIndexWriter.serviceFile(indexes));
            }
        }
    }

    private boolean exists(ClassName generated) {
        return elements.getTypeElement(generated.canonicalName()) != null;
    }
}
