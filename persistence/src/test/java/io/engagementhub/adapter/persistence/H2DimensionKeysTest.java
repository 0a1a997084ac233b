package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link DimensionKeysBehaviour} on H2 in PostgreSQL mode. */
class H2DimensionKeysTest extends DimensionKeysBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.h2());
    }
}
