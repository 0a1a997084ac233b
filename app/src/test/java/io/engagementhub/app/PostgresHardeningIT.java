package io.engagementhub.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link HardeningBehaviour} on PostgreSQL, with a password parameter in the JDBC URL. */
class PostgresHardeningIT extends HardeningBehaviour {

    private static String schema;

    @BeforeAll
    static void start() {
        schema = TestDatabases.createPostgresSchema();
        // Trust authentication ignores the password; health must not show it all the same.
        startService(TestDatabases.postgresUrl(schema) + "&password=" + DB_SECRET, TestDatabases.POSTGRES_USER, "");
    }

    @AfterAll
    static void dropSchema() {
        stopService();
        if (schema != null) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @Override
    boolean sharedSchedule() {
        return true;
    }
}
