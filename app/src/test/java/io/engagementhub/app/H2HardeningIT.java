package io.engagementhub.app;

import org.junit.jupiter.api.BeforeAll;

/** {@link HardeningBehaviour} on an in-memory H2 store whose password is the secret health must not show. */
class H2HardeningIT extends HardeningBehaviour {

    @BeforeAll
    static void start() {
        startService(TestDatabases.h2(), "sa", DB_SECRET);
    }

    @Override
    boolean sharedSchedule() {
        return false;
    }
}
