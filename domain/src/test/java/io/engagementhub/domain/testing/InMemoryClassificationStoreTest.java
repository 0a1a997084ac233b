package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.EventStore;

/** The in-memory store keeps the classification contract. */
class InMemoryClassificationStoreTest extends ClassificationStoreContract {

    @Override
    protected EventStore newStore() {
        return new InMemoryEventStore();
    }
}
