package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.SQLDialect;

/** The databases the store runs on, told apart by what the JDBC driver says it is connected to. */
enum DatabaseKind {
    H2(SQLDialect.H2, true, "classpath:db/migration"),
    POSTGRESQL(SQLDialect.POSTGRES, false, "classpath:db/migration", "classpath:db/postgresql");

    private final SQLDialect dialect;
    private final boolean oneProcess;
    private final String[] migrationLocations;

    DatabaseKind(SQLDialect dialect, boolean oneProcess, String... migrationLocations) {
        this.dialect = dialect;
        this.oneProcess = oneProcess;
        this.migrationLocations = migrationLocations;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /**
     * The dialect to render a multi-row {@code INSERT ... ON CONFLICT DO NOTHING} in, on both
     * databases: jOOQ's H2 dialect renders it as a MERGE over a UNION ALL of one SELECT per row,
     * which overflows H2's parser stack at a page of 1,000 events, while H2 in PostgreSQL mode
     * understands PostgreSQL's own multi-row form.
     */
    static SQLDialect insertIgnoringDialect() {
        return SQLDialect.POSTGRES;
    }

    /** Whether only this process writes the database (an embedded H2 file is opened by one process). */
    boolean oneProcess() {
        return oneProcess;
    }

    /** Where Flyway finds this database's migrations: the shared ones plus its own, if any. */
    String[] migrationLocations() {
        return migrationLocations.clone();
    }

    static DatabaseKind of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("unsupported database '" + meta.getDatabaseProductName()
                + "': the store runs on H2 (in PostgreSQL mode) or PostgreSQL");
    }
}
