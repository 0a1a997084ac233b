package io.engagementhub.app;

import io.engagementhub.app.config.InvalidConfigurationException;
import io.engagementhub.app.config.JdbcUrls;
import java.net.BindException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one line why the service did not start, naming the configuration key where one is to
 * blame: a bad configuration, a value of the wrong type, a port that cannot be had, a database
 * that cannot be opened. JDBC URLs in messages lose their credentials and parameters.
 */
final class StartupFailure {

    private static final Pattern CONVERSION = Pattern.compile(
            "Error resolving property value \\[([^\\]]+)\\]\\. Unable to convert value \\[([^\\]]*)\\] to target type"
                    + " \\[([^\\]]+)\\]");

    private StartupFailure() {}

    static String describe(Throwable failure) {
        InvalidConfigurationException invalid = find(failure, InvalidConfigurationException.class);
        if (invalid != null) {
            return invalid.getMessage();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher conversion = CONVERSION.matcher(String.valueOf(cause.getMessage()));
            if (conversion.find()) {
                return conversion.group(1) + ": '" + conversion.group(2) + "' is not a valid " + conversion.group(3);
            }
        }
        if (find(failure, BindException.class) != null || rootMessage(failure).startsWith("port out of range")) {
            return "micronaut.server.port: cannot listen there (" + rootMessage(failure) + ")";
        }
        if (mentionsDataSource(failure)) {
            return "datasources.default.url: cannot open the database (" + rootMessage(failure) + ")";
        }
        return "unexpected " + rootCause(failure).getClass().getSimpleName() + ": " + rootMessage(failure);
    }

    private static boolean mentionsDataSource(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("javax.sql.DataSource") || message.contains("DatasourceConfiguration")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The innermost message, on one line, with JDBC URLs masked. */
    private static String rootMessage(Throwable failure) {
        String message = rootCause(failure).getMessage();
        String oneLine = message == null ? rootCause(failure).getClass().getSimpleName() : message.strip();
        return JdbcUrls.masked(oneLine.replaceAll("\\s*\\R\\s*", " "));
    }
}
