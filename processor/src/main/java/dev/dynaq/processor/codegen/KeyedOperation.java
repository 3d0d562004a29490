package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * A method of {@code dev.dynaq.Table} or {@code AsyncTable} that takes a {@code Key<T>} first, for
 * which generated tables add an overload taking the key's values: {@code get(customerId, orderId)}
 * calls {@code get(key(customerId, orderId))}. {@link #SYNC} and {@link #ASYNC} list them; adding a
 * keyed base method is one line there.
 *
 * @param name the base method's name
 * @param returns the return type for an entity type
 * @param summary the Javadoc's first sentence, with {@code $L} for "the Order with the given
 *     customerId and orderId"
 * @param returnsDoc the Javadoc of the returned value; {@code null} for {@code void}
 * @param parameters the base method's parameters after the key
 */
record KeyedOperation(
        String name,
        Function<ClassName, TypeName> returns,
        String summary,
        String returnsDoc,
        List<Parameter> parameters) {

    /**
     * A parameter of a keyed method: one of the key's values, or one after the key.
     *
     * @param type its type
     * @param name its name
     * @param javadoc its Javadoc
     */
    record Parameter(TypeName type, String name, String javadoc) {
        /** {@code Condition condition}. */
        static final Parameter CONDITION =
                new Parameter(ClassName.get("dev.dynaq", "Condition"), "condition", "the condition, from the metamodel");
    }

    private static final ClassName UPDATE = ClassName.get("dev.dynaq", "Update");

    /** The keyed methods of {@code dev.dynaq.Table}. */
    static final List<KeyedOperation> SYNC = List.of(
            new KeyedOperation("get", KeyedOperation::optional,
                    "Reads $L, eventually consistent.", "the item, or empty if there is none", List.of()),
            new KeyedOperation("getConsistent", KeyedOperation::optional,
                    "Reads $L, strongly consistent.", "the item, or empty if there is none", List.of()),
            new KeyedOperation("delete", entity -> TypeName.VOID,
                    "Deletes $L, if there is one.", null, List.of()),
            new KeyedOperation("delete", entity -> TypeName.VOID,
                    "Deletes $L if the condition holds; throws {@code ConditionFailedException} if not.", null,
                    List.of(Parameter.CONDITION)),
            new KeyedOperation("deleteAndReturn", KeyedOperation::optional,
                    "Deletes $L and returns it.", "the deleted item, or empty if there was none", List.of()),
            new KeyedOperation("deleteAndReturn", KeyedOperation::optional,
                    "Deletes $L if the condition holds, and returns it.",
                    "the deleted item, or empty if there was none", List.of(Parameter.CONDITION)),
            new KeyedOperation("update", entity -> ParameterizedTypeName.get(UPDATE, entity),
                    "Starts a typed update of $L; nothing is sent before {@code execute()}.",
                    "an update without actions", List.of()));

    /** The keyed methods of {@code dev.dynaq.AsyncTable}. */
    static final List<KeyedOperation> ASYNC = List.of(
            new KeyedOperation("getAsync", entity -> future(optional(entity)),
                    "Reads $L, eventually consistent.", "the item, or empty if there is none, when read", List.of()),
            new KeyedOperation("getConsistentAsync", entity -> future(optional(entity)),
                    "Reads $L, strongly consistent.", "the item, or empty if there is none, when read", List.of()),
            new KeyedOperation("deleteAsync", entity -> future(ClassName.get(Void.class)),
                    "Deletes $L, if there is one.", "completes when deleted", List.of()));

    /**
     * For each keyed operation, the overload taking the key's values instead of a {@code Key}:
     * {@code get(String customerId, String orderId)} returns {@code get(key(customerId, orderId))}. The
     * table writes {@code key(...)} itself, with the same parameters.
     *
     * @param entity the entity class
     * @param keyNames the key's values for the summary: {@code {@code customerId} and {@code orderId}}
     * @param keys the key's parameters, in {@code key(...)}'s order
     * @param operations the keyed methods of the table's base class
     * @param updateThrows a {@code @throws} line of the {@code update} overload, or {@code null}
     * @return the overloads, in the order of the operations
     */
    static List<MethodSpec> overloads(ClassName entity, String keyNames, List<Parameter> keys,
            List<KeyedOperation> operations, String updateThrows) {
        Set<String> keyParameterNames = new HashSet<>();
        List<CodeBlock> keyArguments = new ArrayList<>(keys.size());
        for (Parameter key : keys) {
            keyParameterNames.add(key.name());
            keyArguments.add(CodeBlock.of("$N", key.name()));
        }
        List<MethodSpec> methods = new ArrayList<>(operations.size());
        for (KeyedOperation operation : operations) {
            TypeName returns = operation.returns().apply(entity);
            MethodSpec.Builder method = MethodSpec.methodBuilder(operation.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returns)
                    .addJavadoc(operation.summary() + "\n\n", CodeBlock.of("the {@link $T} with the given $L", entity, keyNames));
            for (Parameter key : keys) {
                method.addParameter(key.type(), key.name()).addJavadoc("@param $N $L\n", key.name(), key.javadoc());
            }
            List<CodeBlock> arguments = new ArrayList<>(operation.parameters().size() + 1);
            arguments.add(CodeBlock.of("key($L)", CodeBlock.join(keyArguments, ", ")));
            Set<String> taken = new HashSet<>(keyParameterNames);
            for (Parameter parameter : operation.parameters()) {
                String name = parameter.name();
                while (!taken.add(name)) {
                    name = name + "_";
                }
                method.addParameter(parameter.type(), name).addJavadoc("@param $N $L\n", name, parameter.javadoc());
                arguments.add(CodeBlock.of("$N", name));
            }
            if (operation.returnsDoc() != null) {
                method.addJavadoc("@return $L\n", operation.returnsDoc());
            }
            if (updateThrows != null && operation.name().equals("update")) {
                method.addJavadoc("$L\n", updateThrows);
            }
            CodeBlock call = CodeBlock.of("$N($L)", operation.name(), CodeBlock.join(arguments, ", "));
            if (returns.equals(TypeName.VOID)) {
                method.addStatement("$L", call);
            } else {
                method.addStatement("return $L", call);
            }
            methods.add(method.build());
        }
        return methods;
    }

    /** Validates and copies. */
    KeyedOperation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(summary, "summary");
        parameters = List.copyOf(parameters);
    }

    private static TypeName optional(ClassName entity) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), entity);
    }

    private static TypeName future(TypeName result) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result);
    }
}
