package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link StatisticsBehaviour} on H2 in PostgreSQL mode. */
class H2StatisticsBehaviourTest extends StatisticsBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.h2());
    }
}
