package io.engagementhub.domain.testing;

import io.engagementhub.domain.port.out.EventStore;

/** The in-memory event store keeps the timeline contract. */
class InMemoryEventTimelineTest extends EventTimelineContract {

    @Override
    protected EventStore newStore() {
        return new InMemoryEventStore();
    }
}
