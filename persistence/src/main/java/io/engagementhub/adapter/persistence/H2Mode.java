package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The H2 settings the shared SQL relies on: PostgreSQL syntax, lower-case unquoted names (so the
 * Flyway-created tables match jOOQ's quoted lower-case names) and PostgreSQL's null ordering.
 */
final class H2Mode {

    /** Setting name to the value the store needs. */
    static final Map<String, String> REQUIRED = requiredSettings();

    /**
     * Not checked, only added when absent: H2 closes a database in a JVM shutdown hook of its own by
     * default, which can run before the service has stored its last page on SIGTERM; with this the
     * database closes when the pool does, after the sync has stopped.
     */
    private static final String CLOSE_ON_EXIT = "DB_CLOSE_ON_EXIT";

    /** H2's error code for a call on a database that has shut down ("Database is already closed"). */
    static final int DATABASE_CLOSED = 90121;

    private H2Mode() {}

    private static Map<String, String> requiredSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "PostgreSQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("DEFAULT_NULL_ORDERING", "HIGH");
        return Map.copyOf(settings);
    }

    /**
     * {@code url} with each required setting it lacks appended, and {@code DB_CLOSE_ON_EXIT=FALSE}
     * unless it says otherwise; non-H2 URLs are returned as they are.
     */
    static String withRequiredSettings(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(url);
        REQUIRED.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(setting -> !upper.contains(";" + setting.getKey() + "="))
                .forEach(setting ->
                        result.append(';').append(setting.getKey()).append('=').append(setting.getValue()));
        if (!upper.contains(";" + CLOSE_ON_EXIT + "=")) {
            result.append(';').append(CLOSE_ON_EXIT).append("=FALSE");
        }
        return result.toString();
    }

    /** Whether {@code url} opens an H2 database in a file of this process (not in memory, not over TCP or SSL). */
    static boolean isEmbeddedFile(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    /** How many sessions besides {@code connection}'s have the database open. */
    static int otherSessions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            count.next();
            return count.getInt(1) - 1;
        }
    }

    /**
     * Fails, naming every wrong setting and the URL flags that fix it, if the connected H2 database
     * does not run with the required settings (e.g. a user overrode the JDBC URL without them).
     */
    static void verify(Connection connection) throws SQLException {
        Map<String, String> actual = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
            while (rows.next()) {
                actual.put(rows.getString(1).toUpperCase(Locale.ROOT), rows.getString(2));
            }
        }
        List<String> wrong = new ArrayList<>();
        REQUIRED.forEach((name, value) -> {
            if (!value.equalsIgnoreCase(String.valueOf(actual.get(name)))) {
                wrong.add(name + " is " + actual.get(name) + ", needs " + value);
            }
        });
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the H2 database runs with the wrong settings (" + String.join("; ", wrong)
                    + "): add ;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH to the JDBC URL");
        }
    }
}
