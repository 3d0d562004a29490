package dev.dynaq.processor.reader;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** The state of reading one entity: its report, and whether a type it uses is not resolved yet. */
final class ReadContext {
    private final Report report = new Report();
    private boolean unresolved;

    /** @return the entity's report */
    Report report() {
        return report;
    }

    /**
     * Records a type that is not resolved (yet): the entity is deferred, and the error is printed only
     * if the type is still unresolved in the last round.
     *
     * @param element the property's element
     * @param type the unresolved type, or {@code null} when unknown
     * @param property the property's name
     */
    void unresolved(Element element, TypeMirror type, String property) {
        unresolved = true;
        report.error(Diagnostics.UNRESOLVED_TYPE, element, type == null ? "<unknown>" : type, property);
    }

    /** @return whether a type was not resolved */
    boolean hasUnresolved() {
        return unresolved;
    }
}
