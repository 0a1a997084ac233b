package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** {@link StatisticsBehaviour} on a real PostgreSQL. */
class PostgresStatisticsBehaviourIT extends StatisticsBehaviour {

    @BeforeAll
    static void openDatabase() {
        open(TestDatabase.postgres());
    }
}
