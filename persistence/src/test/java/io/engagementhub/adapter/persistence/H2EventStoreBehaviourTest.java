package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link EventStoreBehaviour} on H2 in PostgreSQL mode. */
class H2EventStoreBehaviourTest extends EventStoreBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.h2());
    }
}
