package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CampaignStore;
import io.engagementhub.domain.port.out.ClassificationStore;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SourceStateStore;
import io.engagementhub.domain.port.out.SuppressionList;
import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.service.SyncStores;
import java.util.Objects;

/**
 * The stores on one migrated database.
 *
 * @param events events and stream checkpoints
 * @param syncRuns the history of sync runs
 * @param credentials rotating provider secrets
 * @param suppressions erased recipients, whose events are never stored again
 * @param credentialsEncrypted whether credentials are encrypted at rest (false: plain text)
 * @param sourceState what source adapters keep across restarts
 * @param campaigns campaign details beside the events, and the campaign listing
 */
public record PersistenceStores(
        EventStore events,
        SyncRunStore syncRuns,
        CredentialStore credentials,
        SuppressionList suppressions,
        boolean credentialsEncrypted,
        SourceStateStore sourceState,
        CampaignStore campaigns) {

    public PersistenceStores {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(syncRuns, "syncRuns");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(suppressions, "suppressions");
        Objects.requireNonNull(sourceState, "sourceState");
        Objects.requireNonNull(campaigns, "campaigns");
    }

    /** What machine-event classification needs of the event store (the same store as {@link #events()}). */
    public ClassificationStore classification() {
        if (events instanceof ClassificationStore store) {
            return store;
        }
        throw new IllegalStateException("the event store keeps no machine-event classification");
    }

    /** The stores the sync engine and the query service work on. */
    public SyncStores sync() {
        return new SyncStores(events, syncRuns, suppressions, campaigns);
    }
}
