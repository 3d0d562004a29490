package dev.dynaq.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The types a processor put off to a later round because they refer to a type not generated yet,
 * by qualified name in the order first seen (a round's elements do not survive it, names do).
 */
final class DeferredTypes {
    private final Set<String> names = new LinkedHashSet<>();

    /** @param type a type to read again next round */
    void add(TypeElement type) {
        names.add(type.getQualifiedName().toString());
    }

    /**
     * @param elements this round's element utilities
     * @return the deferred types as this round sees them, now forgotten: a type still not ready is
     *     added again by the caller
     */
    List<TypeElement> takeAll(Elements elements) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        names.clear();
        return types;
    }
}
