package io.engagementhub.domain.service;

import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.util.Objects;

/**
 * The stores the sync engine writes to.
 *
 * @param events where events and checkpoints go
 * @param runs the run history, also updated while a run is going
 * @param suppressions erased recipients, whose events are dropped before they are stored
 */
public record SyncStores(EventStore events, SyncRunStore runs, SuppressionList suppressions) {

    public SyncStores {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(suppressions, "suppressions");
    }
}
