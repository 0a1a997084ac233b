package io.engagementhub.app;

import io.engagementhub.adapter.persistence.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A schema of its own in the {@link TestPostgres} for one test, dropped by {@link #close()}; skipped
 * or failed as that class says when PostgreSQL is not reachable.
 */
final class PostgresSchema implements AutoCloseable {

    static final String USER = TestPostgres.USER;

    private final String schema;

    private PostgresSchema(String schema) {
        this.schema = schema;
    }

    static PostgresSchema create() {
        return new PostgresSchema(TestPostgres.createSchema("eh_app_"));
    }

    /** The JDBC URL of this schema. */
    String url() {
        return TestPostgres.url(schema);
    }

    /** A connection to this schema. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() {
        try {
            TestPostgres.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping schema " + schema + " failed", e);
        }
    }
}
