package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.ReconciliationStore;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import org.junit.jupiter.api.Nested;

/** The fakes pass the same contracts as the real stores, so tests built on them prove something. */
class InMemoryStoresTest {

    @Nested
    class EventStoreFake extends EventStoreContract {
        @Override
        protected EventStore newStore() {
            return new InMemoryEventStore();
        }
    }

    @Nested
    class EventTimelineFake extends EventTimelineContract {
        @Override
        protected EventStore newStore() {
            return new InMemoryEventStore();
        }
    }

    @Nested
    class CredentialStoreFake extends CredentialStoreContract {
        @Override
        protected CredentialStore newStore() {
            return new InMemoryCredentialStore();
        }
    }

    @Nested
    class SyncRunStoreFake extends SyncRunStoreContract {
        @Override
        protected SyncRunStore newStore() {
            return new InMemorySyncRunStore();
        }
    }

    @Nested
    class CampaignStoreFake extends CampaignStoreContract {
        @Override
        protected Stores newStores() {
            InMemoryEventStore events = new InMemoryEventStore();
            return new Stores(events, new InMemoryCampaignStore(events));
        }
    }

    @Nested
    class SuppressionListFake extends SuppressionListContract {
        @Override
        protected SuppressionList newList() {
            return new InMemorySuppressionList();
        }
    }

    @Nested
    class SourceStateStoreFake extends SourceStateStoreContract {
        @Override
        protected SourceStateStore newStore() {
            return new InMemorySourceStateStore();
        }
    }

    @Nested
    class ReconciliationStoreFake extends ReconciliationStoreContract {
        @Override
        protected ReconciliationStore newStore() {
            return new InMemoryReconciliationStore();
        }
    }
}
