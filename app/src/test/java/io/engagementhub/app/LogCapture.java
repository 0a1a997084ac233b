package io.engagementhub.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records every log event of the JVM at DEBUG and below, with stack traces, until closed. */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previous = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture(Level level) {
        appender.start();
        root.addAppender(appender);
        root.setLevel(level);
    }

    /** Everything logged so far: messages, arguments and every exception message in the chain. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : new ArrayList<>(appender.list)) {
            text.append(event.getLoggerName())
                    .append(' ')
                    .append(event.getFormattedMessage())
                    .append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(t.getClassName())
                        .append(": ")
                        .append(t.getMessage())
                        .append('\n');
            }
        }
        return text.toString();
    }

    List<String> linesContaining(String fragment) {
        return text().lines().filter(line -> line.contains(fragment)).toList();
    }

    int size() {
        return appender.list.size();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }
}
