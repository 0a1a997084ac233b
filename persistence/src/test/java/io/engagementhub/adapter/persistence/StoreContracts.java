package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.testing.ClassificationStoreContract;
import io.engagementhub.domain.testing.CredentialStoreContract;
import io.engagementhub.domain.testing.EventStoreContract;
import io.engagementhub.domain.testing.SuppressionListContract;
import io.engagementhub.domain.testing.SyncRunStoreContract;
import org.junit.jupiter.api.Nested;

/**
 * The domain's store contracts, the very ones the in-memory fakes pass, on the database a subclass
 * opens: events, sync runs, suppressions, and credentials both encrypted and plain.
 */
abstract class StoreContracts {

    /** The database under test, opened once for the class. */
    abstract TestDatabase database();

    private PersistenceStores cleanStores(PersistenceSettings settings) {
        PersistenceStores stores = database().stores(settings);
        database().clean();
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
    class Classification extends ClassificationStoreContract {
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
            return cleanStores(PersistenceSettings.encryptedWith("test-secret-of-at-least-32-characters"))
                    .credentials();
        }
    }

    @Nested
    class PlainCredentials extends CredentialStoreContract {
        @Override
        protected CredentialStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).credentials();
        }
    }

    @Nested
    class Suppressions extends SuppressionListContract {
        @Override
        protected SuppressionList newList() {
            return cleanStores(PersistenceSettings.unencrypted()).suppressions();
        }
    }
}
