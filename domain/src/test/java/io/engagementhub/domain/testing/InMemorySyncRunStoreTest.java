package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.SyncRunStore;

/** The in-memory run store keeps the sync run contract. */
class InMemorySyncRunStoreTest extends SyncRunStoreContract {

    @Override
    protected SyncRunStore newStore() {
        return new InMemorySyncRunStore();
    }
}
