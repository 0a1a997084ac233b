package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.testing.CredentialStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The domain's {@link CredentialStoreContract} on a real PostgreSQL, values encrypted. */
class PostgresCredentialStoreContractIT extends CredentialStoreContract {

    private static TestDatabase database;
    private static CredentialStore store;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.postgres();
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
