package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.ClassificationStore;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.engagementhub.domain.service.SyncStores;
import java.util.Objects;

/**
 * The stores on one migrated database.
 *
 * @param sync the stores the sync engine and the query service work on: events and stream
 *     checkpoints, the history of sync runs, erased recipients (whose events are never stored
 *     again), campaign details and the checks of campaigns against the provider's totals
 * @param credentials rotating provider secrets
 * @param credentialsEncrypted whether credentials are encrypted at rest (false: plain text)
 * @param sourceState what source adapters keep across restarts
 */
public record PersistenceStores(
        SyncStores sync, CredentialStore credentials, boolean credentialsEncrypted, SourceStateStore sourceState) {

    public PersistenceStores {
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(sourceState, "sourceState");
    }

    /** What machine-event classification needs of the event store (the same store as the sync's). */
    public ClassificationStore classification() {
        if (sync.events() instanceof ClassificationStore store) {
            return store;
        }
        throw new IllegalStateException("the event store keeps no machine-event classification");
    }
}
