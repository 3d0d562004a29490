package dev.dynaq.processor.reader;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
            if (message.value() != null) {
                messager.printMessage(message.kind(), message.text(), message.element(), message.annotation(), message.value());
            } else if (message.annotation() != null) {
                messager.printMessage(message.kind(), message.text(), message.element(), message.annotation());
            } else {
                messager.printMessage(message.kind(), message.text(), message.element());
            }
        }
    }
}
