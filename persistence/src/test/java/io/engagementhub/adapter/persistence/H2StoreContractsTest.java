package io.engagementhub.adapter.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The domain's store contracts on H2 in PostgreSQL mode. */
class H2StoreContractsTest extends StoreContracts {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.h2();
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
