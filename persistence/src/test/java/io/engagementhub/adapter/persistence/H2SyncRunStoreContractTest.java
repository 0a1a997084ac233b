package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.testing.SyncRunStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The domain's {@link SyncRunStoreContract} on H2 in PostgreSQL mode. */
class H2SyncRunStoreContractTest extends SyncRunStoreContract {

    private static TestDatabase database;
    private static SyncRunStore store;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.h2();
        store = database.stores(PersistenceSettings.unencrypted()).syncRuns();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected SyncRunStore newStore() {
        database.clean();
        return store;
    }
}
