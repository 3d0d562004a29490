package dev.dynaq.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TableIndexModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the table index of a compilation, {@code DynaqTables_1c291ca3}: a {@code dev.dynaq.spi.TableIndex}
 * listing each generated table with its factory ({@code GeneratedTable.sync(OrderTable.class,
 * OrderTable::create)}; a shared table's {@code ShopTable} and the {@code CustomerTable} of each of its
 * entities with {@code GeneratedTable.of(...)}), and the {@code META-INF/services} file that registers it. Every listed entity is
 * an originating element of both.
 */
public final class TableIndexWriter {
    /** The service file, in the class output. */
    public static final String SERVICE_FILE = "META-INF/services/dev.dynaq.spi.TableIndex";

    private static final ClassName TABLE_INDEX = ClassName.get("dev.dynaq.spi", "TableIndex");
    private static final ClassName GENERATED_TABLE = ClassName.get("dev.dynaq.spi", "GeneratedTable");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /**
     * @param index the index: its class name and the table entities
     * @return the index class
     */
    public JavaFile write(TableIndexModel index) {
        List<CodeBlock> entries = new ArrayList<>(index.tables().size() * 2);
        for (TableIndexModel.Entry entry : index.tables()) {
            entries.add(entry(entry));
            if (entry.async()) {
                ClassName asyncTable = Names.asyncTable(entry.entity());
                entries.add(CodeBlock.of("$T.async($T.class, $T::createAsync)", GENERATED_TABLE, asyncTable, entry.table()));
            }
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(index.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(TABLE_INDEX)
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", SourceFileWriter.PROCESSOR).build())
                .addJavadoc("The tables Dynaq generated in this compilation, for frameworks such as the Spring Boot starter:\n"
                        + "registered in {@code $L}, found by {@link $T#load(ClassLoader)}.\n", SERVICE_FILE, TABLE_INDEX)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("tables")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                                ParameterizedTypeName.get(GENERATED_TABLE, WildcardTypeName.subtypeOf(Object.class))))
                        .addStatement("return $T.of(\n$L)", List.class, CodeBlock.join(entries, ",\n"))
                        .build());
        for (TableIndexModel.Entry entity : index.tables()) {
            type.addOriginatingElement(entity.element());
        }
        return JavaFile.builder(index.className().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * An entity's table defines its DynamoDB table; an entity of a shared table does not (its schema knows
     * only its own indexes): the shared table's class does, with the union of its entities' keys and indexes.
     */
    private static CodeBlock entry(TableIndexModel.Entry entry) {
        ClassName table = entry.table();
        return switch (entry.kind()) {
            case TABLE -> CodeBlock.of("$T.sync($T.class, $T::create)", GENERATED_TABLE, table, table);
            case SHARED_ENTITY -> CodeBlock.of("$T.of($T.class, $T::create, $T::tableName, null)", GENERATED_TABLE, table,
                    table, table);
            case SHARED_TABLE -> CodeBlock.of("$T.of($T.class, $T::create, $T::tableName, $T::createTableRequest)",
                    GENERATED_TABLE, table, table, table, table);
        };
    }

    /**
     * @param indexes the index classes written in this compilation
     * @return the text of {@link #SERVICE_FILE}: one binary class name a line
     */
    public static String serviceFile(List<ClassName> indexes) {
        StringBuilder out = new StringBuilder();
        for (ClassName index : indexes) {
            out.append(index.reflectionName()).append('\n');
        }
        return out.toString();
    }
}
