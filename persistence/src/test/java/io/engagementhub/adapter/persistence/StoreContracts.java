package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.ReconciliationStore;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.testing.CampaignStoreContract;
import io.engagementhub.domain.testing.ClassificationStoreContract;
import io.engagementhub.domain.testing.CredentialStoreContract;
import io.engagementhub.domain.testing.EventStoreContract;
import io.engagementhub.domain.testing.EventTimelineContract;
import io.engagementhub.domain.testing.ReconciliationStoreContract;
import io.engagementhub.domain.testing.SourceStateStoreContract;
import io.engagementhub.domain.testing.SuppressionListContract;
import io.engagementhub.domain.testing.SyncRunStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The domain's store contracts, the very ones the in-memory fakes pass, on the database a subclass
 * opens: events, campaign details, checks of campaigns, sync runs, suppressions, source state, and credentials both
 * encrypted and plain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContracts {

    private TestDatabase database;

    /** Opens the database under test, once for the class. */
    abstract TestDatabase open();

    @BeforeAll
    void openDatabase() {
        database = open();
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private TestDatabase database() {
        return database;
    }

    private PersistenceStores cleanStores(PersistenceSettings settings) {
        PersistenceStores stores = database().stores(settings);
        database().clean();
        return stores;
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected EventStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).sync().events();
        }
    }

    @Nested
    class Timelines extends EventTimelineContract {
        @Override
        protected EventStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).sync().events();
        }
    }

    @Nested
    class Classification extends ClassificationStoreContract {
        @Override
        protected EventStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).sync().events();
        }
    }

    @Nested
    class SyncRuns extends SyncRunStoreContract {
        @Override
        protected SyncRunStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).sync().runs();
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
    class SourceState extends SourceStateStoreContract {
        @Override
        protected SourceStateStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).sourceState();
        }
    }

    @Nested
    class Campaigns extends CampaignStoreContract {
        @Override
        protected Stores newStores() {
            PersistenceStores stores = cleanStores(PersistenceSettings.unencrypted());
            return new Stores(stores.sync().events(), stores.sync().campaigns());
        }
    }

    @Nested
    class Suppressions extends SuppressionListContract {
        @Override
        protected SuppressionList newList() {
            return cleanStores(PersistenceSettings.unencrypted()).sync().suppressions();
        }
    }

    @Nested
    class Reconciliations extends ReconciliationStoreContract {
        @Override
        protected ReconciliationStore newStore() {
            return cleanStores(PersistenceSettings.unencrypted()).sync().reconciliations();
        }
    }
}
