package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL that tests use (127.0.0.1:5432 unless {@code engagement.test.postgres-url} says
 * otherwise), one schema of its own per test. Without a reachable PostgreSQL a test is skipped with
 * a message, unless {@code engagement.require-postgres=true}: then it fails.
 */
public final class TestPostgres {

    public static final String URL =
            System.getProperty("engagement.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("engagement.test.postgres-user", "postgres");

    private TestPostgres() {}

    /** Creates a schema named {@code prefix} and 16 random hex digits, and returns its name. */
    public static String createSchema(String prefix) {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("engagement.require-postgres")) {
                throw new IllegalStateException(message + " and engagement.require-postgres=true", e);
            }
            System.err.println("SKIPPED: " + message + "; set engagement.require-postgres=true to fail instead");
            Assumptions.abort(message + ": skipping the PostgreSQL tests");
        }
        return schema;
    }

    /** The JDBC URL whose connections work in {@code schema}. */
    public static String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs one statement on a connection of its own, as the administrating user. */
    public static void execute(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(URL, USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
