package dev.dynaq.processor.model;

import java.util.List;

/**
 * Everything one compilation declares, for the outputs that depend on several entities: the
 * infrastructure files of each table and the access-pattern report.
 *
 * @param entities every valid table entity, ordered by class name
 * @param tables every table they are stored in, ordered by name
 * @param notes the design-review notes, in entity order
 */
public record CompilationModel(List<EntityModel> entities, List<TableModel> tables, List<ReviewNote> notes) {
    /** Copies. */
    public CompilationModel {
        entities = List.copyOf(entities);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /**
     * @param entity a table entity of this compilation
     * @return its table
     */
    public TableModel tableOf(EntityModel entity) {
        for (TableModel table : tables) {
            if (table.entities().contains(entity)) {
                return table;
            }
        }
        throw new IllegalArgumentException(entity.className() + " is in no table of this compilation");
    }

    /**
     * @param entity a table entity of this compilation
     * @return the notes about it
     */
    public List<ReviewNote> notesOf(EntityModel entity) {
        return notes.stream().filter(note -> note.entity().equals(entity.className())).toList();
    }
}
