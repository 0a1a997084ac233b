package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.testing.CredentialStoreContract;
import io.engagementhub.domain.testing.EventStoreContract;
import io.engagementhub.domain.testing.SyncRunStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The domain's store contracts, the very ones the in-memory fakes pass, on a real PostgreSQL (skipped with a message when none is reachable, unless engagement.require-postgres=true). */
class PostgresStoreContractsIT {

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

    private static PersistenceStores cleanStores(PersistenceSettings settings) {
        PersistenceStores stores = database.stores(settings);
        database.clean();
        return stores;
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected EventStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).events();
        }
    }

    @Nested
    class SyncRuns extends SyncRunStoreContract {
        @Override
        protected SyncRunStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).syncRuns();
        }
    }

    @Nested
    class EncryptedCredentials extends CredentialStoreContract {
        @Override
        protected CredentialStore newStore() {
            return cleanStores(PersistenceSettings.encryptedWith("test-secret")).credentials();
        }
    }

    @Nested
    class PlainCredentials extends CredentialStoreContract {
        @Override
        protected CredentialStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).credentials();
        }
    }
}
