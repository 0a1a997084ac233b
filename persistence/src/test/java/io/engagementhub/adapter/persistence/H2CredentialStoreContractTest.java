package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.testing.CredentialStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The domain's {@link CredentialStoreContract} on H2 in PostgreSQL mode, values encrypted. */
class H2CredentialStoreContractTest extends CredentialStoreContract {

    private static TestDatabase database;
    private static CredentialStore store;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.h2();
        store = database.stores(PersistenceSettings.encryptedWith("test-secret"))
                .credentials();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected CredentialStore newStore() {
        database.clean();
        return store;
    }
}
