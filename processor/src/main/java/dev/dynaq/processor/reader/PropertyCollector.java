package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds an entity's properties in declaration order: a record's components, or a bean's fields that
 * have a getter and a setter. Reports every annotation that would otherwise be silently ignored.
 */
final class PropertyCollector {
    private final Annotations annotations;
    private final Types types;

    PropertyCollector(Annotations annotations, Types types) {
        this.annotations = annotations;
        this.types = types;
    }

    /** @return the record's components, in order */
    List<Property> recordComponents(TypeElement type, Report report) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                annotations.find(field, Annotations.IGNORE).ifPresent(ignore -> report.error(
                        Diagnostics.RECORD_IGNORE, field, ignore, null, field.getSimpleName()));
            }
        }
        List<Property> properties = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            String getter = accessor == null ? component.getSimpleName().toString() : accessor.getSimpleName().toString();
            properties.add(new Property(component.getSimpleName().toString(), component, component.asType(), getter, null));
        }
        return properties;
    }

    /** @return the bean's properties, in field declaration order */
    List<Property> beanProperties(TypeElement type, Report report) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
        Set<ExecutableElement> used = new HashSet<>();
        List<Property> properties = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            List<AnnotationMirror> onField = annotations.dynaq(field);
            if (field.getModifiers().contains(Modifier.STATIC)) {
                reportIgnored(onField, field, "static fields are not stored", report);
                continue;
            }
            if (field.getModifiers().contains(Modifier.TRANSIENT)) {
                reportIgnored(onField, field, "transient fields are not stored", report);
                continue;
            }
            String name = field.getSimpleName().toString();
            TypeMirror fieldType = field.asType();
            Optional<ExecutableElement> getter = getter(methods, name, fieldType);
            Optional<ExecutableElement> setter = setter(methods, name, fieldType);
            getter.ifPresent(used::add);
            setter.ifPresent(used::add);
            List<AnnotationMirror> onGetter = getter.map(annotations::dynaq).orElse(List.of());
            if (isIgnored(onField) || isIgnored(onGetter)) {
                reportIgnoredBesideIgnore(onField, field, report);
                getter.ifPresent(method -> reportIgnoredBesideIgnore(onGetter, method, report));
                continue;
            }
            if (getter.isEmpty()) {
                if (!onField.isEmpty()) {
                    report.error(Diagnostics.BEAN_GETTER, field, onField.get(0), null, name,
                            getterName(name, fieldType));
                }
                continue;
            }
            String getterName = getter.get().getSimpleName().toString();
            if (setter.isEmpty()) {
                report.error(Diagnostics.BEAN_SETTER, field, name, getterName, "set" + Names.capitalize(name),
                        fieldType);
                continue;
            }
            if (!onField.isEmpty() && !onGetter.isEmpty()) {
                report.error(Diagnostics.PROPERTY_ANNOTATED_TWICE, getter.get(), onGetter.get(0), null, name,
                        getterName);
                continue;
            }
            Element holder = onGetter.isEmpty() ? field : getter.get();
            properties.add(new Property(name, holder, fieldType, getterName,
                    setter.get().getSimpleName().toString()));
        }
        for (ExecutableElement method : methods) {
            if (!used.contains(method)) {
                reportIgnored(annotations.dynaq(method), method,
                        "only fields and the getters of fields that have a setter are read", report);
            }
        }
        return properties;
    }

    private Optional<ExecutableElement> getter(List<ExecutableElement> methods, String name, TypeMirror type) {
        String get = "get" + Names.capitalize(name);
        String is = type.getKind() == TypeKind.BOOLEAN ? "is" + Names.capitalize(name) : null;
        return methods.stream()
                .filter(method -> method.getSimpleName().contentEquals(get)
                        || is != null && method.getSimpleName().contentEquals(is))
                .filter(method -> isPublicInstance(method) && method.getParameters().isEmpty()
                        && types.isSameType(method.getReturnType(), type))
                .findFirst();
    }

    private Optional<ExecutableElement> setter(List<ExecutableElement> methods, String name, TypeMirror type) {
        String set = "set" + Names.capitalize(name);
        return methods.stream()
                .filter(method -> method.getSimpleName().contentEquals(set) && isPublicInstance(method)
                        && method.getParameters().size() == 1
                        && types.isSameType(method.getParameters().get(0).asType(), type))
                .findFirst();
    }

    private static String getterName(String name, TypeMirror type) {
        return (type.getKind() == TypeKind.BOOLEAN ? "is" : "get") + Names.capitalize(name);
    }

    private static boolean isPublicInstance(ExecutableElement method) {
        return method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC);
    }

    private static boolean isIgnored(List<AnnotationMirror> mirrors) {
        return mirrors.stream().anyMatch(mirror -> Annotations.name(mirror).equals(Annotations.IGNORE));
    }

    private static void reportIgnoredBesideIgnore(List<AnnotationMirror> mirrors, Element element, Report report) {
        for (AnnotationMirror mirror : mirrors) {
            if (!Annotations.name(mirror).equals(Annotations.IGNORE)) {
                report.error(Diagnostics.ANNOTATION_IGNORED, element, mirror, null, Annotations.simpleName(mirror),
                        describe(element), "the property is marked @Ignore");
            }
        }
    }

    private static void reportIgnored(List<AnnotationMirror> mirrors, Element element, String why, Report report) {
        for (AnnotationMirror mirror : mirrors) {
            report.error(Diagnostics.ANNOTATION_IGNORED, element, mirror, null, Annotations.simpleName(mirror),
                    describe(element), why);
        }
    }

    private static String describe(Element element) {
        return element instanceof ExecutableElement
                ? "method " + element.getSimpleName() + "()"
                : "field '" + element.getSimpleName() + "'";
    }
}
