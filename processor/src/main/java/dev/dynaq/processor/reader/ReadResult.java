package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.EntityModel;
import java.util.Optional;

/**
 * What reading one annotated type gave: a model, errors, or a deferral to the next round because a
 * type it uses is not generated yet.
 *
 * @param model the model; {@code null} when there are errors or the type is deferred
 * @param report the diagnostics
 * @param deferred whether a type was unresolved ({@code TypeKind.ERROR}); the report is then printed
 *     only if it is still unresolved in the last round
 */
public record ReadResult(EntityModel model, Report report, boolean deferred) {
    /** @return the model, when the type was read without errors */
    public Optional<EntityModel> entity() {
        return Optional.ofNullable(model);
    }
}
