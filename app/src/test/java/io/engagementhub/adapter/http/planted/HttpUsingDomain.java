package io.engagementhub.adapter.http.planted;

import io.engagementhub.domain.model.EventId;

/** Planted violation: the provider adapters' HTTP module knowing the domain. */
public class HttpUsingDomain {
    public EventId id() {
        return EventId.of("a", "b", "c");
    }
}
