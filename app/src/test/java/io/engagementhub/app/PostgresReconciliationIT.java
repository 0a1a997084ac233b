package io.engagementhub.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ReconciliationBehaviour} on PostgreSQL. */
class PostgresReconciliationIT extends ReconciliationBehaviour {

    private static PostgresSchema schema;

    @BeforeAll
    static void start() {
        schema = PostgresSchema.create();
        startService(schema.url(), PostgresSchema.USER);
    }

    @AfterAll
    static void stop() {
        stopService();
        if (schema != null) {
            schema.close();
        }
    }
}
