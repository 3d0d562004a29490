package dev.dynaq.processor.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * The diagnostics found while reading one entity: collected first, printed later (or dropped when the
 * entity is deferred to the next round). Reporting never throws.
 */
public final class Report {
    private final List<Message> messages = new ArrayList<>();

    /**
     * One diagnostic, positioned on the narrowest element available.
     *
     * @param kind error or warning
     * @param element the offending element
     * @param annotation the offending annotation, or {@code null}
     * @param value the offending annotation value, or {@code null}
     * @param text the full text, starting with the catalogue id
     */
    public record Message(Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value, String text) {
    }

    /**
     * @param diagnostic the catalogue entry
     * @param element the offending element
     * @param arguments the entry's format arguments
     */
    public void error(Diagnostics diagnostic, Element element, Object... arguments) {
        messages.add(new Message(Kind.ERROR, element, null, null, diagnostic.format(arguments)));
    }

    /**
     * @param diagnostic the catalogue entry
     * @param element the annotated element
     * @param annotation the offending annotation
     * @param value the offending annotation value, or {@code null}
     * @param arguments the entry's format arguments
     */
    public void error(Diagnostics diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
            Object... arguments) {
        messages.add(new Message(Kind.ERROR, element, annotation, value, diagnostic.format(arguments)));
    }

    /**
     * @param diagnostic the catalogue entry
     * @param element the annotated element
     * @param position the offending annotation and value
     * @param arguments the entry's format arguments
     */
    void error(Diagnostics diagnostic, Element element, Annotations.Position position, Object... arguments) {
        error(diagnostic, element, position.annotation(), position.value(), arguments);
    }

    /** @return whether any error was reported */
    public boolean hasErrors() {
        return messages.stream().anyMatch(message -> message.kind() == Kind.ERROR);
    }

    /** @return the messages, in the order reported */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** @param messager prints every message at its position */
    public void printTo(Messager messager) {
        for (Message message : messages) {
            Message positioned = positioned(message);
            if (positioned.value() != null) {
                messager.printMessage(positioned.kind(), positioned.text(), positioned.element(),
                        positioned.annotation(), positioned.value());
            } else if (positioned.annotation() != null) {
                messager.printMessage(positioned.kind(), positioned.text(), positioned.element(),
                        positioned.annotation());
            } else {
                messager.printMessage(positioned.kind(), positioned.text(), positioned.element());
            }
        }
    }

    /**
     * javac (17) has no source position for a record component; its annotations are also on the
     * record's private field of the same name, which has one. Moves such a message to that field, with
     * the field's copy of the annotation and value where they can be matched.
     */
    private static Message positioned(Message message) {
        if (!(message.element() instanceof RecordComponentElement component)) {
            return message;
        }
        Optional<VariableElement> field = ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())
                .stream()
                .filter(candidate -> candidate.getSimpleName().contentEquals(component.getSimpleName()))
                .findFirst();
        if (field.isEmpty()) {
            return message;
        }
        AnnotationMirror annotation = null;
        AnnotationValue value = null;
        if (message.annotation() != null) {
            annotation = field.get().getAnnotationMirrors().stream()
                    .filter(mirror -> mirror.getAnnotationType().toString()
                            .equals(message.annotation().getAnnotationType().toString()))
                    .findFirst()
                    .orElse(null);
            if (annotation != null && message.value() != null) {
                value = sameMember(message.annotation(), message.value(), annotation);
            }
        }
        return new Message(message.kind(), field.get(), annotation, value, message.text());
    }

    /** @return the value of {@code target} for the member that holds {@code value} in {@code source} */
    private static AnnotationValue sameMember(AnnotationMirror source, AnnotationValue value, AnnotationMirror target) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : source.getElementValues().entrySet()) {
            if (entry.getValue() == value || isElementOf(entry.getValue(), value)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> candidate
                        : target.getElementValues().entrySet()) {
                    if (candidate.getKey().getSimpleName().contentEquals(entry.getKey().getSimpleName())) {
                        return candidate.getValue();
                    }
                }
            }
        }
        return null;
    }

    private static boolean isElementOf(AnnotationValue array, AnnotationValue value) {
        return array.getValue() instanceof List<?> items && items.stream().anyMatch(item -> item == value);
    }
}
