package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link EventStoreBehaviour} on a real PostgreSQL. */
class PostgresEventStoreBehaviourIT extends EventStoreBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.postgres());
    }
}
