package io.engagementhub.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Databases of their own for one test class: a fresh in-memory H2, or a fresh schema in the
 * PostgreSQL on 127.0.0.1:5432 (dropped by {@link #dropPostgresSchema}). Without a reachable
 * PostgreSQL the test class is skipped with a message, unless {@code engagement.require-postgres}
 * is true: then it fails.
 */
final class TestDatabases {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String POSTGRES_USER = "postgres";

    private TestDatabases() {}

    /** A fresh in-memory H2 URL (the service adds the settings it needs). */
    static String h2() {
        return "jdbc:h2:mem:it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A fresh schema's name in the test PostgreSQL; use {@link #postgresUrl} to reach it. */
    static String createPostgresSchema() {
        String schema =
                "eh_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + POSTGRES_URL + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("engagement.require-postgres")) {
                throw new IllegalStateException(message + " and engagement.require-postgres=true", e);
            }
            System.err.println("SKIPPED: " + message + "; set engagement.require-postgres=true to fail instead");
            Assumptions.abort(message);
        }
        return schema;
    }

    static String postgresUrl(String schema) {
        return POSTGRES_URL + "?currentSchema=" + schema;
    }

    static void dropPostgresSchema(String schema) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
