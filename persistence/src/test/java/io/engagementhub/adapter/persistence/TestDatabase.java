package io.engagementhub.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test class: a fresh in-memory H2, or a fresh schema in the
 * PostgreSQL on 127.0.0.1:5432 (dropped again by {@link #close()}). Without a reachable PostgreSQL
 * the test class is skipped with a message, unless {@code engagement.require-postgres=true}: then
 * it fails.
 */
final class TestDatabase implements AutoCloseable {

    static final String POSTGRES_URL =
            System.getProperty("engagement.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("engagement.test.postgres-user", "postgres");

    private final HikariDataSource dataSource;
    /** The PostgreSQL schema of this database, or null for H2. */
    private final String schema;

    private TestDatabase(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    static TestDatabase h2() {
        String url = "jdbc:h2:mem:eh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(Persistence.pooledDataSource(url, "sa", ""), null);
    }

    static TestDatabase postgres() {
        String schema =
                "eh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            unreachable(e);
        }
        String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(Persistence.pooledDataSource(url, POSTGRES_USER, ""), schema);
    }

    private static void unreachable(SQLException e) {
        String message = "PostgreSQL is not reachable at " + POSTGRES_URL + " (" + e.getMessage() + ")";
        if (Boolean.getBoolean("engagement.require-postgres")) {
            throw new IllegalStateException(message + " and engagement.require-postgres=true", e);
        }
        System.err.println("SKIPPED: " + message + "; set engagement.require-postgres=true to fail instead");
        Assumptions.abort(message + ": skipping the PostgreSQL tests");
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /** A second pool on the same database, as another service instance would have; close it. */
    HikariDataSource anotherPool() {
        return Persistence.pooledDataSource(dataSource.getJdbcUrl(), dataSource.getUsername(), "");
    }

    /** Plain jOOQ access to the same database, for looking at raw rows. */
    DSLContext raw() {
        return DSL.using(dataSource, isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2);
    }

    boolean isPostgres() {
        return schema != null;
    }

    PersistenceStores stores(PersistenceSettings settings) {
        return Persistence.create(dataSource, settings);
    }

    /** Deletes every row of every table the store owns. */
    void clean() {
        DSLContext dsl = raw();
        for (String table : new String[] {
            "sync_run_failure",
            "sync_run",
            "stream_checkpoint",
            "provider_credential",
            "source_state",
            "stored_event",
            "campaign_type_count",
            "campaign_type_recipient",
            "campaign_link_count",
            "campaign_link_recipient",
            "campaign_device_count",
            "event_campaign",
            "event_origin",
            "event_address",
            "event_recipient",
            "event_link",
            "event_client",
            "event_bounce",
            "event_agent",
            "campaign_human_count",
            "campaign_human_recipient",
            "campaign_machine_count",
            "campaign_client_count",
            "classification_state",
            "recipient_suppression",
            "campaign_detail"
        }) {
            dsl.execute("DELETE FROM " + table.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void close() {
        try {
            if (isPostgres()) {
                raw().execute("DROP SCHEMA " + schema + " CASCADE");
            } else {
                raw().execute("DROP ALL OBJECTS");
            }
        } finally {
            dataSource.close();
        }
    }
}
