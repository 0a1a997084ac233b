package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.SQLDialect;

/** The databases the store runs on, told apart by what the JDBC driver says it is connected to. */
enum DatabaseKind {
    H2(SQLDialect.H2, "classpath:db/migration"),
    POSTGRESQL(SQLDialect.POSTGRES, "classpath:db/migration", "classpath:db/postgresql");

    private final SQLDialect dialect;
    private final String[] migrationLocations;

    DatabaseKind(SQLDialect dialect, String... migrationLocations) {
        this.dialect = dialect;
        this.migrationLocations = migrationLocations;
    }

    SQLDialect dialect() {
        return dialect;
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
