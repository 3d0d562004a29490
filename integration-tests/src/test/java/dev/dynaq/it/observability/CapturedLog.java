package dev.dynaq.it.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The lines a user's logback configuration would print for Dynaq's request logger, captured by a
 * real logback appender at the level given; {@link #close()} restores the logger.
 */
final class CapturedLog implements AutoCloseable {
    static final String LOGGER = "dev.dynaq.requests";

    private final Logger logger = (Logger) LoggerFactory.getLogger(LOGGER);
    private final Level previous = logger.getLevel();
    private final boolean additive = logger.isAdditive();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLog(Level level) {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(level);
        logger.setAdditive(false);   // captured, not also printed by the console appender
    }

    /** @return the formatted lines, oldest first, as {@code LEVEL message} */
    synchronized List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    /** @return every line without its trailing duration, whose digits could look like a value */
    String withoutDurations() {
        return String.join("\n", lines().stream().map(line -> line.replaceFirst(" took=\\d+\\.\\dms$", "")).toList());
    }

    /** @return the lines starting with the operation, without the level and the trailing duration */
    List<String> requests(String operation) {
        return lines().stream()
                .filter(line -> line.startsWith("DEBUG " + operation + " "))
                .map(line -> line.substring("DEBUG ".length()).replaceFirst(" took=\\d+\\.\\dms$", ""))
                .toList();
    }

    void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
        logger.setAdditive(additive);
        appender.stop();
    }
}
