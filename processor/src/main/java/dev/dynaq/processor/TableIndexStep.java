package dev.dynaq.processor;

import com.palantir.javapoet.ClassName;
import dev.dynaq.processor.codegen.TableIndexWriter;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TableIndexModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * for each {@code @DynamoTable} (visible from the next round on) and lists the entities whose tables
 * exist, with {@code OrderAsyncTable} where that exists too. An entity with errors gets no table, so it is
 * not listed. The index class of a round's tables is written in that round, so that javac compiles it
 * in the next one; an entity that waits longer (it uses a type another processor generates) gets an index
 * class of its own then. The service file naming every index class is a resource, written in the last round.
 */
final class TableIndexStep {
    private final Elements elements;
    /** {@code @DynamoTable} types whose table was not generated yet, by qualified name, in order first seen. */
    private final Set<String> waiting = new LinkedHashSet<>();
    private final List<TableIndexModel.Entry> indexed = new ArrayList<>();
    private final List<ClassName> indexes = new ArrayList<>();

    /** @param elements the compilation's elements */
    TableIndexStep(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param round the round
     * @param annotation {@code @DynamoTable}, or {@code null} if it is not on the class path
     * @param filer where to write
     * @throws IOException if a file cannot be written
     */
    void round(RoundEnvironment round, TypeElement annotation, Filer filer) throws IOException {
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    waiting.add(type.getQualifiedName().toString());
                }
            }
        }
        List<TableIndexModel.Entry> ready = new ArrayList<>();
        for (String name : List.copyOf(waiting)) {
            TypeElement entity = elements.getTypeElement(name);
            if (entity == null) {
                waiting.remove(name);
                continue;
            }
            ClassName entityName = ClassName.get(entity);
            if (exists(Names.table(entityName))) {
                ready.add(new TableIndexModel.Entry(entity, entityName, exists(Names.asyncTable(entityName))));
                waiting.remove(name);
            }
        }
        if (!ready.isEmpty()) {
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
