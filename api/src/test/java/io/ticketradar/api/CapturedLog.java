package io.ticketradar.api;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the whole process logs at WARN or above while it is open, captured by a log4j appender on the root logger
 * (next to the console one), for tests that an ordinary client's behaviour logs nothing alarming.
 */
final class CapturedLog extends AbstractAppender implements AutoCloseable {

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private CapturedLog() {
        super("captured-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
    }

    /** Starts capturing. */
    static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        log.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        config.getRootLogger().addAppender(log, Level.WARN, null); // every logger here is additive
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        String thrown = event.getThrown() == null ? "" : " " + event.getThrown();
        warnings.add(event.getLevel() + " " + event.getLoggerName() + " - "
                + event.getMessage().getFormattedMessage() + thrown);
    }

    /** Every WARN and ERROR line so far. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        config.getRootLogger().removeAppender(getName());
        context.updateLoggers();
        stop();
    }
}
