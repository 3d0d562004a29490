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
     * @param type the unresolved type
     * @param property the property's name
     */
    void unresolved(Element element, TypeMirror type, String property) {
        unresolved = true;
        report.error(Diagnostics.UNRESOLVED_TYPE, element, type, property);
    }

    /**
     * Records a {@code @Convert} class that is not resolved (yet), as {@link #unresolved} does a type: javac
     * gives no type for it, only an error value.
     *
     * @param element the property's element
     * @param property the property's name
     */
    void unresolvedConverter(Element element, String property) {
        unresolved = true;
        report.error(Diagnostics.UNRESOLVED_CONVERTER, element, property);
    }

    /**
     * Records a {@code @DynamoEntity} whose table class is not resolved (yet), as {@link #unresolved} does a type.
     *
     * @param entity the entity
     */
    void unresolvedTable(javax.lang.model.element.TypeElement entity) {
        unresolved = true;
        report.error(Diagnostics.ENTITY_TABLE_UNRESOLVED, entity, entity.getQualifiedName());
    }

    /** @return whether a type was not resolved */
    boolean hasUnresolved() {
        return unresolved;
    }
}
