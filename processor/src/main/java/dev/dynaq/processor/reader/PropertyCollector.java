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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds an entity's properties in declaration order: a record's components, or a bean's fields
 * (its superclasses' included) that have a getter and a setter. Reports every annotation that would otherwise be silently ignored.
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

    /**
     * @return the bean's properties: those of its superclasses first (the topmost first), then its own,
     *     each class's in field declaration order; a field redeclared in a subclass is the subclass's
     */
    List<Property> beanProperties(TypeElement type, Report report) {
        DeclaredType entityType = (DeclaredType) type.asType();
        List<TypeElement> hierarchy = hierarchy(type);
        // subclass methods first, so that an override is found before the method it overrides
        List<ExecutableElement> methods = new ArrayList<>();
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            methods.addAll(ElementFilter.methodsIn(hierarchy.get(i).getEnclosedElements()));
        }
        Set<ExecutableElement> used = new HashSet<>();
        List<Property> properties = new ArrayList<>();
        for (int level = 0; level < hierarchy.size(); level++) {
            for (VariableElement field : ElementFilter.fieldsIn(hierarchy.get(level).getEnclosedElements())) {
                String name = field.getSimpleName().toString();
                if (!field.getModifiers().contains(Modifier.STATIC) && isHidden(name, level, hierarchy)) {
                    continue;
                }
                beanProperty(entityType, extendsRaw(hierarchy, level), field, methods, used, report)
                        .ifPresent(properties::add);
            }
        }
        for (ExecutableElement method : methods) {
            if (!used.contains(method)) {
                reportIgnored(annotations.dynaq(method), method,
                        "only fields and the getters of fields that have a setter are read", report);
            }
        }
        return properties;
    }

    /** @return the property of one bean field, or empty if it is not stored (errors reported) */
    private Optional<Property> beanProperty(DeclaredType entityType, boolean rawSuperclass, VariableElement field,
            List<ExecutableElement> methods, Set<ExecutableElement> used, Report report) {
        List<AnnotationMirror> onField = annotations.dynaq(field);
        if (field.getModifiers().contains(Modifier.STATIC)) {
            reportIgnored(onField, field, "static fields are not stored", report);
            return Optional.empty();
        }
        if (field.getModifiers().contains(Modifier.TRANSIENT)) {
            reportIgnored(onField, field, "transient fields are not stored", report);
            return Optional.empty();
        }
        String name = field.getSimpleName().toString();
        // a superclass's field of type T is seen with the entity's type argument for T; through a raw
        // superclass T stays unbound, and the type mapper asks for a concrete type
        TypeMirror memberType = types.asMemberOf(entityType, field);
        TypeMirror fieldType = rawSuperclass ? field.asType() : memberType;
        Optional<ExecutableElement> getter = getter(entityType, methods, name, memberType);
        Optional<ExecutableElement> setter = setter(entityType, methods, name, memberType);
        getter.ifPresent(used::add);
        setter.ifPresent(used::add);
        List<AnnotationMirror> onGetter = getter.map(annotations::dynaq).orElse(List.of());
        if (isIgnored(onField) || isIgnored(onGetter)) {
            reportIgnoredBesideIgnore(onField, field, report);
            getter.ifPresent(method -> reportIgnoredBesideIgnore(onGetter, method, report));
            return Optional.empty();
        }
        if (getter.isEmpty()) {
            if (!onField.isEmpty()) {
                report.error(Diagnostics.BEAN_GETTER, field, onField.get(0), null, name, getterName(name, fieldType));
            }
            return Optional.empty();
        }
        String getterName = getter.get().getSimpleName().toString();
        if (setter.isEmpty()) {
            report.error(Diagnostics.BEAN_SETTER, field, name, getterName, "set" + Names.capitalize(name), fieldType);
            return Optional.empty();
        }
        if (!onField.isEmpty() && !onGetter.isEmpty()) {
            report.error(Diagnostics.PROPERTY_ANNOTATED_TWICE, getter.get(), onGetter.get(0), null, name, getterName);
            return Optional.empty();
        }
        Element holder = onGetter.isEmpty() ? field : getter.get();
        return Optional.of(new Property(name, holder, fieldType, getterName, setter.get().getSimpleName().toString()));
    }

    /** @return the type's superclasses below {@code Object}, the topmost first, then the type itself */
    private List<TypeElement> hierarchy(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement current = type; current != null; current = superclass(current)) {
            chain.add(0, current);
        }
        return chain;
    }

    private TypeElement superclass(TypeElement type) {
        if (type.getSuperclass().getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement superclass = (TypeElement) types.asElement(type.getSuperclass());
        return superclass.getQualifiedName().contentEquals("java.lang.Object") ? null : superclass;
    }

    /**
     * @return whether the field declared at {@code level} is seen through a raw type: some class below
     *     extends its generic superclass without type arguments, which erases every inherited type variable
     */
    private static boolean extendsRaw(List<TypeElement> hierarchy, int level) {
        for (int below = level + 1; below < hierarchy.size(); below++) {
            boolean genericSuperclass = !hierarchy.get(below - 1).getTypeParameters().isEmpty();
            if (genericSuperclass && ((DeclaredType) hierarchy.get(below).getSuperclass()).getTypeArguments().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a class below {@code level} redeclares the field, hiding this one */
    private static boolean isHidden(String name, int level, List<TypeElement> hierarchy) {
        for (int below = level + 1; below < hierarchy.size(); below++) {
            for (VariableElement field : ElementFilter.fieldsIn(hierarchy.get(below).getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC) && field.getSimpleName().contentEquals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<ExecutableElement> getter(DeclaredType owner, List<ExecutableElement> methods, String name,
            TypeMirror type) {
        String get = "get" + Names.capitalize(name);
        String is = type.getKind() == TypeKind.BOOLEAN ? "is" + Names.capitalize(name) : null;
        return methods.stream()
                .filter(method -> method.getSimpleName().contentEquals(get)
                        || is != null && method.getSimpleName().contentEquals(is))
                .filter(method -> isPublicInstance(method) && method.getParameters().isEmpty()
                        && types.isSameType(memberType(owner, method).getReturnType(), type))
                .findFirst();
    }

    private Optional<ExecutableElement> setter(DeclaredType owner, List<ExecutableElement> methods, String name,
            TypeMirror type) {
        String set = "set" + Names.capitalize(name);
        return methods.stream()
                .filter(method -> method.getSimpleName().contentEquals(set) && isPublicInstance(method)
                        && method.getParameters().size() == 1
                        && types.isSameType(memberType(owner, method).getParameterTypes().get(0), type))
                .findFirst();
    }

    /** @return the method's signature as a member of the entity, type variables bound */
    private ExecutableType memberType(DeclaredType owner, ExecutableElement method) {
        return (ExecutableType) types.asMemberOf(owner, method);
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
