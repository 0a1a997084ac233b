package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link DimensionKeysBehaviour} on a real PostgreSQL. */
class PostgresDimensionKeysIT extends DimensionKeysBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.postgres());
    }
}
