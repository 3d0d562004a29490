package dev.dynaq.processor.reader;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynaq.processor.model.TypeMapping;
import dev.dynaq.processor.model.TypeMapping.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleTypeVisitor14;
import javax.lang.model.util.Types;

/** Maps a property's Java type to a {@link TypeMapping}, reporting every type DynamoDB cannot store. */
final class TypeMapper {
    private static final String CONVERTER = "dev.dynaq.AttributeConverter";

    /** Qualified name → mapping, for the types that map by name alone. */
    private static final Map<String, Kind> BY_NAME = Map.ofEntries(
            Map.entry("java.lang.String", Kind.STRING),
            Map.entry("java.lang.Integer", Kind.INT),
            Map.entry("java.lang.Long", Kind.LONG),
            Map.entry("java.lang.Short", Kind.SHORT),
            Map.entry("java.lang.Byte", Kind.BYTE),
            Map.entry("java.lang.Float", Kind.FLOAT),
            Map.entry("java.lang.Double", Kind.DOUBLE),
            Map.entry("java.lang.Boolean", Kind.BOOLEAN),
            Map.entry("java.math.BigDecimal", Kind.BIG_DECIMAL),
            Map.entry("java.math.BigInteger", Kind.BIG_INTEGER),
            Map.entry("software.amazon.awssdk.core.SdkBytes", Kind.SDK_BYTES),
            Map.entry("java.nio.ByteBuffer", Kind.BYTE_BUFFER),
            Map.entry("java.time.Instant", Kind.INSTANT),
            Map.entry("java.time.LocalDate", Kind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", Kind.LOCAL_DATE_TIME),
            Map.entry("java.time.LocalTime", Kind.LOCAL_TIME),
            Map.entry("java.time.OffsetDateTime", Kind.OFFSET_DATE_TIME),
            Map.entry("java.time.ZonedDateTime", Kind.ZONED_DATE_TIME),
            Map.entry("java.time.Duration", Kind.DURATION),
            Map.entry("java.util.UUID", Kind.UUID));

    /** The element mappings a set may hold: stored as SS, NS or BS. */
    private static final Set<Kind> SET_ELEMENTS = EnumSet.of(Kind.STRING, Kind.INT, Kind.LONG, Kind.SHORT, Kind.BYTE,
            Kind.FLOAT, Kind.DOUBLE, Kind.BIG_DECIMAL, Kind.BIG_INTEGER, Kind.BYTES, Kind.SDK_BYTES, Kind.BYTE_BUFFER);

    /** Packages whose classes are never mistaken for user classes missing {@code @DynamoDocument}. */
    private static final List<String> PLATFORM_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "software.amazon.");

    private final Annotations annotations;
    private final Elements elements;
    private final Types types;

    TypeMapper(Annotations annotations, Elements elements, Types types) {
        this.annotations = annotations;
        this.elements = elements;
        this.types = types;
    }

    /**
     * @param property the property
     * @param context where errors and unresolved types are recorded
     * @return the mapping, or empty when an error was reported
     */
    Optional<TypeMapping> map(Property property, ReadContext context) {
        Optional<TypeMirror> unresolved = findError(property.type());
        if (unresolved.isPresent()) {
            context.unresolved(property.element(), unresolved.get(), property.name());
            return Optional.empty();
        }
        Optional<AnnotationMirror> convert = annotations.find(property.element(), Annotations.CONVERT);
        if (convert.isPresent()) {
            return converted(property, convert.get(), context);
        }
        return map(property.type(), property, true, context.report());
    }

    private Optional<TypeMapping> map(TypeMirror type, Property property, boolean top, Report report) {
        TypeName javaType = TypeName.get(type);
        switch (type.getKind()) {
            case BOOLEAN:
                return Optional.of(simple(Kind.BOOLEAN, javaType));
            case INT:
                return Optional.of(simple(Kind.INT, javaType));
            case LONG:
                return Optional.of(simple(Kind.LONG, javaType));
            case SHORT:
                return Optional.of(simple(Kind.SHORT, javaType));
            case BYTE:
                return Optional.of(simple(Kind.BYTE, javaType));
            case FLOAT:
                return Optional.of(simple(Kind.FLOAT, javaType));
            case DOUBLE:
                return Optional.of(simple(Kind.DOUBLE, javaType));
            case ARRAY:
                if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                    return Optional.of(simple(Kind.BYTES, javaType));
                }
                return unsupported(type, property, top, report);
            case TYPEVAR:
                report.error(Diagnostics.TYPE_VARIABLE, property.element(), property.name(), type);
                return Optional.empty();
            case WILDCARD:
                report.error(Diagnostics.TYPE_WILDCARD, property.element(), property.name(), property.type());
                return Optional.empty();
            case DECLARED:
                return declared((DeclaredType) type, javaType, property, top, report);
            default:
                return unsupported(type, property, top, report);
        }
    }

    private Optional<TypeMapping> declared(DeclaredType type, TypeName javaType, Property property, boolean top,
            Report report) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(new TypeMapping(Kind.ENUM, javaType, null, ClassName.get(element)));
        }
        String name = element.getQualifiedName().toString();
        Kind byName = BY_NAME.get(name);
        if (byName != null) {
            return Optional.of(simple(byName, javaType));
        }
        switch (name) {
            case "java.util.List":
            case "java.util.Set":
            case "java.util.Map":
            case "java.util.Optional":
                return generic(type, javaType, name, property, top, report);
            default:
                break;
        }
        if (annotations.has(element, Annotations.DYNAMO_DOCUMENT)) {
            return Optional.of(new TypeMapping(Kind.DOCUMENT, javaType, null, ClassName.get(element)));
        }
        if (isUserClass(element)) {
            report.error(Diagnostics.TYPE_NOT_DOCUMENT, property.element(), property.name(), property.type(),
                    element.getQualifiedName());
            return Optional.empty();
        }
        return unsupported(type, property, top, report);
    }

    private Optional<TypeMapping> generic(DeclaredType type, TypeName javaType, String name, Property property,
            boolean top, Report report) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()) {
            report.error(Diagnostics.TYPE_RAW, property.element(), property.name(), property.type());
            return Optional.empty();
        }
        for (TypeMirror argument : arguments) {
            if (argument.getKind() == TypeKind.WILDCARD) {
                report.error(Diagnostics.TYPE_WILDCARD, property.element(), property.name(), property.type());
                return Optional.empty();
            }
        }
        switch (name) {
            case "java.util.List":
                return map(arguments.get(0), property, false, report)
                        .map(element -> new TypeMapping(Kind.LIST, javaType, element, null));
            case "java.util.Set": {
                Optional<TypeMapping> element = map(arguments.get(0), property, false, report);
                if (element.isPresent() && !SET_ELEMENTS.contains(element.get().kind())) {
                    report.error(Diagnostics.TYPE_SET_ELEMENT, property.element(), property.name(), property.type());
                    return Optional.empty();
                }
                return element.map(mapping -> new TypeMapping(Kind.SET, javaType, mapping, null));
            }
            case "java.util.Map": {
                if (!isString(arguments.get(0))) {
                    report.error(Diagnostics.TYPE_MAP_KEY, property.element(), property.name(), property.type());
                    return Optional.empty();
                }
                return map(arguments.get(1), property, false, report)
                        .map(value -> new TypeMapping(Kind.MAP, javaType, value, null));
            }
            default: {
                if (!top) {
                    report.error(Diagnostics.TYPE_OPTIONAL_NESTED, property.element(), property.name(),
                            property.type());
                    return Optional.empty();
                }
                return map(arguments.get(0), property, false, report)
                        .map(element -> new TypeMapping(Kind.OPTIONAL, javaType, element, null));
            }
        }
    }

    private Optional<TypeMapping> unsupported(TypeMirror type, Property property, boolean top, Report report) {
        String where = top ? "" : " (in " + property.type() + ")";
        report.error(Diagnostics.TYPE_UNSUPPORTED, property.element(), property.name(), type, where);
        return Optional.empty();
    }

    private Optional<TypeMapping> converted(Property property, AnnotationMirror convert, ReadContext context) {
        AnnotationValue value = annotations.value(convert, "value");
        Optional<TypeMirror> converterType = annotations.type(convert, "value");
        if (converterType.isEmpty()) {
            context.unresolvedConverter(property.element(), property.name());
            return Optional.empty();
        }
        if (converterType.get().getKind() != TypeKind.DECLARED) {
            context.unresolved(property.element(), converterType.get(), property.name());
            return Optional.empty();
        }
        DeclaredType converter = (DeclaredType) converterType.get();
        TypeElement converterElement = (TypeElement) converter.asElement();
        Report report = context.report();
        if (!isInstantiable(converterElement)) {
            report.error(Diagnostics.CONVERT_CONSTRUCTOR, property.element(), convert, value,
                    converterElement.getQualifiedName(), property.name());
            return Optional.empty();
        }
        TypeMirror propertyType = property.type().getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) property.type()).asType()
                : property.type();
        Optional<TypeMirror> valueType = convertedType(converter);
        if (valueType.isEmpty() || !types.isSameType(valueType.get(), propertyType)) {
            report.error(Diagnostics.CONVERT_TYPE, property.element(), convert, value,
                    converterElement.getQualifiedName(), valueType.map(TypeMirror::toString).orElse("nothing"),
                    property.name(), property.type(), propertyType);
            return Optional.empty();
        }
        return Optional.of(new TypeMapping(Kind.CONVERTED, TypeName.get(property.type()), null,
                ClassName.get(converterElement)));
    }

    /** @return V of the {@code AttributeConverter<V>} the type implements, directly or through supertypes */
    private Optional<TypeMirror> convertedType(TypeMirror type) {
        TypeElement converterInterface = elements.getTypeElement(CONVERTER);
        if (converterInterface == null) {
            return Optional.empty();
        }
        TypeMirror erased = types.erasure(converterInterface.asType());
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (types.isSameType(types.erasure(supertype), erased)) {
                List<? extends TypeMirror> arguments = ((DeclaredType) supertype).getTypeArguments();
                return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.get(0));
            }
            Optional<TypeMirror> inherited = convertedType(supertype);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    private static boolean isInstantiable(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)
                || !isPubliclyReachable(type)) {
            return false;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the class is public and top-level, or a public static member of such a class */
    static boolean isPubliclyReachable(TypeElement type) {
        Element current = type;
        while (current instanceof TypeElement typeElement) {
            if (!typeElement.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
            if (typeElement.getNestingKind() == NestingKind.TOP_LEVEL) {
                return true;
            }
            if (typeElement.getNestingKind() != NestingKind.MEMBER
                    || !typeElement.getModifiers().contains(Modifier.STATIC)
                    && typeElement.getKind() == ElementKind.CLASS) {
                return false;
            }
            current = typeElement.getEnclosingElement();
        }
        return false;
    }

    private boolean isString(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
    }

    private static boolean isUserClass(TypeElement element) {
        if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD) {
            return false;
        }
        String name = element.getQualifiedName().toString();
        return PLATFORM_PACKAGES.stream().noneMatch(name::startsWith);
    }

    private static TypeMapping simple(Kind kind, TypeName javaType) {
        return new TypeMapping(kind, javaType, null, null);
    }

    /** @return the first unresolved type inside the type (itself, an argument, an array component), if any */
    static Optional<TypeMirror> findError(TypeMirror type) {
        return type.accept(new SimpleTypeVisitor14<Optional<TypeMirror>, Void>(Optional.empty()) {
            @Override
            public Optional<TypeMirror> visitError(ErrorType error, Void unused) {
                return Optional.of(error);
            }

            @Override
            public Optional<TypeMirror> visitDeclared(DeclaredType declared, Void unused) {
                for (TypeMirror argument : declared.getTypeArguments()) {
                    Optional<TypeMirror> found = argument.accept(this, null);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<TypeMirror> visitArray(ArrayType array, Void unused) {
                return array.getComponentType().accept(this, null);
            }

            @Override
            public Optional<TypeMirror> visitWildcard(WildcardType wildcard, Void unused) {
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound()
                        : wildcard.getSuperBound();
                return bound == null ? Optional.empty() : bound.accept(this, null);
            }
        }, null);
    }
}
