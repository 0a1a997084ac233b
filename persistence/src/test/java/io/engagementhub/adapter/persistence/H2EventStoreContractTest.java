package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.EventStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The domain's {@link EventStoreContract} on H2 in PostgreSQL mode. */
class H2EventStoreContractTest extends EventStoreContract {

    private static TestDatabase database;
    private static EventStore store;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.h2();
        store = database.stores(PersistenceSettings.unencrypted()).events();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected EventStore newStore() {
        database.clean();
        return store;
    }
}
