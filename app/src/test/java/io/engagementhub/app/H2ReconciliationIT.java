package io.engagementhub.app;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ReconciliationBehaviour} on an in-memory H2 store. */
class H2ReconciliationIT extends ReconciliationBehaviour {

    @BeforeAll
    static void start() {
        startService("jdbc:h2:mem:reconciliation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");
    }

    @AfterAll
    static void stop() {
        stopService();
    }
}
