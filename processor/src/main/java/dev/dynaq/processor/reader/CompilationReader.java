package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.CompilationModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.ReviewNote;
import dev.dynaq.processor.model.SharedTableModel;
import dev.dynaq.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Reads what a whole compilation declares into a {@link CompilationModel}, at the last round, from the
 * entity models read before: the physical tables (entities that share one are one table) and the
 * design-review notes. Conflicts between the entities of one table are errors; review notes are errors
 * only when {@code strict}.
 */
public final class CompilationReader {
    private final DesignReview review;

    /**
     * What reading the compilation gave.
     *
     * @param model the model
     * @param report the conflicts, and the review notes as errors when strict
     */
    public record Result(CompilationModel model, Report report) {
    }

    /** @param environment the processing environment */
    public CompilationReader(ProcessingEnvironment environment) {
        this.review = new DesignReview(environment.getElementUtils());
    }

    /**
     * @param entities the valid entity models of the compilation (documents are left out), in any order
     * @param sharedTables the {@code @SingleTable} declarations: their global indexes belong to the table
     *     even when no entity has a template for them
     * @param strict whether review notes are errors
     * @return the model and its diagnostics
     */
    public Result read(List<EntityModel> entities, List<SharedTableModel> sharedTables, boolean strict) {
        Report report = new Report();
        List<TableModel> tables = TableGrouper.group(entities, sharedTables, report);
        List<EntityModel> members = new ArrayList<>();
        for (TableModel table : tables) {
            members.addAll(table.entities());
        }
        members.sort(Comparator.comparing(entity -> entity.className().canonicalName()));
        List<ReviewNote> notes = new ArrayList<>();
        for (EntityModel entity : members) {
            notes.addAll(review.review(entity, strict, report));
        }
        return new Result(new CompilationModel(members, tables, notes), report);
    }
}
