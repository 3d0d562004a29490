package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.LifecycleModel;
import dev.dynaq.processor.model.Names;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The generated members of an entity's lifecycle ({@code @TimeToLive}, {@code @CreatedDate},
 * {@code @LastModifiedDate}, {@code @AtomicCounter}): the schema's {@code LIFECYCLE} and
 * {@code lifecycle()}, the tables' {@code withClock(clock)}, and the sync table's
 * {@code timeToLiveSpecification()} and {@code updateTimeToLiveRequest()}. Nothing is generated for an
 * entity without them.
 */
final class LifecycleWriter {
    private static final ClassName TIME_TO_LIVE_SPECIFICATION =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "TimeToLiveSpecification");
    private static final ClassName UPDATE_TIME_TO_LIVE_REQUEST =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "UpdateTimeToLiveRequest");

    private LifecycleWriter() {
    }

    /** @return the schema's {@code private static final Lifecycle<Order> LIFECYCLE}, if the entity has a lifecycle */
    static Optional<FieldSpec> schemaField(EntityModel entity) {
        LifecycleModel lifecycle = entity.lifecycle();
        if (lifecycle.isEmpty()) {
            return Optional.empty();
        }
        ClassName type = entity.className();
        ClassName metamodel = Names.metamodel(type);
        CodeBlock.Builder builder = CodeBlock.builder().add("$T.<$T>builder()", RuntimeTypes.LIFECYCLE, type).indent().indent();
        lifecycle.timeToLiveAttribute().ifPresent(a -> builder.add("\n.timeToLive($T.$N)", metamodel, a.propertyName()));
        lifecycle.createdDateAttribute().ifPresent(a -> builder.add("\n.createdDate($T.$N)", metamodel, a.propertyName()));
        lifecycle.lastModifiedDateAttribute().ifPresent(a ->
                builder.add("\n.lastModifiedDate($T.$N)", metamodel, a.propertyName()));
        for (LifecycleModel.Counter counter : lifecycle.counters()) {
            builder.add("\n.counter($T.$N, $LL, $LL)", metamodel, counter.attribute().propertyName(), counter.start(),
                    counter.delta());
        }
        if (entity.kind() == EntityModel.Kind.BEAN && lifecycle.stampsWrites()) {
            builder.add("\n.applyStored((item, stored) -> {").indent();
            for (AttributeModel attribute : stamped(lifecycle)) {
                builder.add("\nitem.$N(stored.$N());", attribute.setterName(), attribute.getterName());
            }
            builder.add("\nreturn item;").unindent().add("\n})");
        }
        builder.add("\n.build()").unindent().unindent();
        return Optional.of(FieldSpec.builder(lifecycleType(type), "LIFECYCLE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(builder.build())
                .build());
    }

    /** @return the schema's {@code lifecycle()} override, if the entity has a lifecycle */
    static Optional<MethodSpec> schemaMethod(EntityModel entity) {
        if (entity.lifecycle().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MethodSpec.methodBuilder("lifecycle")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(lifecycleType(entity.className()))
                .addStatement("return LIFECYCLE")
                .build());
    }

    /**
     * @param entity the entity
     * @param type the generated table type
     * @param what {@code "table"} or {@code "async table"}, for the Javadoc
     * @return {@code withClock(clock)}, for an entity with a created or last-modified date
     */
    static List<MethodSpec> tableMethods(EntityModel entity, ClassName type, String what) {
        LifecycleModel lifecycle = entity.lifecycle();
        if (!lifecycle.usesClock()) {
            return List.of();
        }
        List<String> dates = new ArrayList<>(2);
        lifecycle.createdDateAttribute().ifPresent(a -> dates.add("{@code " + a.propertyName() + "}"));
        lifecycle.lastModifiedDateAttribute().ifPresent(a -> dates.add("{@code " + a.propertyName() + "}"));
        return List.of(MethodSpec.methodBuilder("withClock")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns a copy of this $L whose writes take the time of $L from {@code clock}\n"
                        + "instead of the system clock (UTC), for deterministic tests or a clock shared with the rest\n"
                        + "of the application.\n\n", what, String.join(" and ", dates))
                .addJavadoc("@param clock the clock\n")
                .addJavadoc("@return the copy; this $L is unchanged\n", what)
                .addParameter(Clock.class, "clock")
                .addStatement("return new $T(context().withClock(clock))", type)
                .build());
    }

    /**
     * @param entity the entity
     * @return {@code timeToLiveSpecification()} and {@code updateTimeToLiveRequest()}, for an entity with a
     *     {@code @TimeToLive}
     */
    static List<MethodSpec> timeToLiveMethods(EntityModel entity) {
        Optional<AttributeModel> timeToLive = entity.lifecycle().timeToLiveAttribute();
        if (timeToLive.isEmpty()) {
            return List.of();
        }
        String attribute = timeToLive.get().attributeName();
        MethodSpec specification = MethodSpec.methodBuilder("timeToLiveSpecification")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TIME_TO_LIVE_SPECIFICATION)
                .addJavadoc("Time to live on attribute {@code $L} (N, seconds since the epoch), as {@code createTable()}\n"
                        + "enables it; for your own tooling beside {@link #createTableRequest()} (CreateTable cannot\n"
                        + "enable time to live: it takes a separate UpdateTimeToLive).\n\n", attribute)
                .addJavadoc("@return the enabled specification\n")
                .addStatement("return $T.builder().attributeName($S).enabled(true).build()", TIME_TO_LIVE_SPECIFICATION,
                        attribute)
                .build();
        MethodSpec request = MethodSpec.methodBuilder("updateTimeToLiveRequest")
                .addModifiers(Modifier.PUBLIC)
                .returns(UPDATE_TIME_TO_LIVE_REQUEST)
                .addJavadoc("The request that {@code createTable()} sends once the table is active, enabling time to\n"
                        + "live on attribute {@code $L} of this table; for your own tooling beside\n"
                        + "{@link #createTableRequest()}.\n\n", attribute)
                .addJavadoc("@return the request\n")
                .addStatement("return $T.builder().tableName(tableName()).timeToLiveSpecification($N()).build()",
                        UPDATE_TIME_TO_LIVE_REQUEST, specification)
                .build();
        return List.of(specification, request);
    }

    /** @return the attributes a write sets itself: the dates and the counters */
    private static List<AttributeModel> stamped(LifecycleModel lifecycle) {
        List<AttributeModel> stamped = new ArrayList<>();
        lifecycle.createdDateAttribute().ifPresent(stamped::add);
        lifecycle.lastModifiedDateAttribute().ifPresent(stamped::add);
        lifecycle.counters().forEach(counter -> stamped.add(counter.attribute()));
        return stamped;
    }

    private static TypeName lifecycleType(ClassName entity) {
        return ParameterizedTypeName.get(RuntimeTypes.LIFECYCLE, entity);
    }
}
