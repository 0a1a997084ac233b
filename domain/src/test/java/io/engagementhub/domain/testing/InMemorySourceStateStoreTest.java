package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.SourceStateStore;

/** The in-memory source state store keeps the source state contract. */
class InMemorySourceStateStoreTest extends SourceStateStoreContract {

    @Override
    protected SourceStateStore newStore() {
        return new InMemorySourceStateStore();
    }
}
