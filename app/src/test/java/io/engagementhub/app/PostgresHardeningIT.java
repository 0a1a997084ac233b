package io.engagementhub.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link HardeningBehaviour} on PostgreSQL, with a password parameter in the JDBC URL. */
class PostgresHardeningIT extends HardeningBehaviour {

    private static PostgresSchema schema;

    @BeforeAll
    static void start() {
        schema = PostgresSchema.create();
        // Trust authentication ignores the password; health must not show it all the same.
        startService(schema.url() + "&password=" + DB_SECRET, PostgresSchema.USER, "");
    }

    @AfterAll
    static void dropSchema() {
        stopService();
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    boolean sharedSchedule() {
        return true;
    }
}
