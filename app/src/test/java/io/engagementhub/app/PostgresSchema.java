package io.engagementhub.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own in the PostgreSQL on 127.0.0.1:5432 for one test, dropped by {@link
 * #close()}. Without a reachable PostgreSQL the test is skipped with a message, unless {@code
 * engagement.require-postgres=true}: then it fails.
 */
final class PostgresSchema implements AutoCloseable {

    static final String URL =
            System.getProperty("engagement.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("engagement.test.postgres-user", "postgres");

    private final String schema;

    private PostgresSchema(String schema) {
        this.schema = schema;
    }

    static PostgresSchema create() {
        String schema =
                "eh_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(URL, USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("engagement.require-postgres")) {
                throw new IllegalStateException(message + " and engagement.require-postgres=true", e);
            }
            System.err.println("SKIPPED: " + message + "; set engagement.require-postgres=true to fail instead");
            Assumptions.abort(message + ": skipping the PostgreSQL tests");
        }
        return new PostgresSchema(schema);
    }

    /** The JDBC URL of this schema. */
    String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A connection to this schema. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(URL, USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping schema " + schema + " failed", e);
        }
    }
}
