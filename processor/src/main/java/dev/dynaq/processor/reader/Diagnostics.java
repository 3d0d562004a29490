package dev.dynaq.processor.reader;

/**
 * Every diagnostic the processor reports: a stable id and a message that says what is wrong and how
 * to fix it. Messages are {@link String#format} patterns.
 */
public enum Diagnostics {
    // TODO(reader helper): the catalogue; ids are DYNAQ-<AREA>-<WHAT>.
    INTERNAL_ERROR("DYNAQ-INTERNAL", "Dynaq failed on %s; please report this with the stack trace:%n%s"),
    UNRESOLVED_TYPE("DYNAQ-TYPE-UNRESOLVED", "Type %s of '%s' could not be resolved; check imports and that the class is on the classpath");

    private final String id;
    private final String pattern;

    Diagnostics(String id, String pattern) {
        this.id = id;
        this.pattern = pattern;
    }

    /** @return the stable id, such as {@code DYNAQ-KEY-TYPE} */
    public String id() {
        return id;
    }

    /**
     * @param arguments the pattern's arguments
     * @return {@code [id] message}
     */
    public String format(Object... arguments) {
        return "[" + id + "] " + String.format(java.util.Locale.ROOT, pattern, arguments);
    }
}
