package io.engagementhub.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A database of its own for one test class: a fresh in-memory H2, or a fresh schema in the
 * {@link TestPostgres} (dropped again by {@link #close()}; skipped or failed as that class says when
 * PostgreSQL is not reachable).
 */
final class TestDatabase implements AutoCloseable {

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
        String schema = TestPostgres.createSchema("eh_test_");
        return new TestDatabase(Persistence.pooledDataSource(TestPostgres.url(schema), TestPostgres.USER, ""), schema);
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
            "campaign_link_count",
            "campaign_facet_count",
            "event_campaign",
            "event_origin",
            "event_address",
            "event_recipient",
            "event_link",
            "event_client",
            "event_bounce",
            "event_agent",
            "classification_state",
            "recipient_suppression",
            "campaign_detail",
            "campaign_reconciliation_type",
            "campaign_reconciliation"
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
