package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The domain's store contracts on a real PostgreSQL (skipped with a message when none is reachable, unless engagement.require-postgres=true). */
class PostgresStoreContractsIT extends StoreContracts {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.postgres();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
