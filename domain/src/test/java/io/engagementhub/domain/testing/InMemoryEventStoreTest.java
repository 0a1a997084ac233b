package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.EventStore;

/** The in-memory event store keeps the event store contract. */
class InMemoryEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore newStore() {
        return new InMemoryEventStore();
    }
}
