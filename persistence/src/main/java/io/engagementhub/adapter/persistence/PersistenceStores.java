package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SyncRunStore;
import java.util.Objects;

/**
 * The three stores on one migrated database.
 *
 * @param events events and stream checkpoints
 * @param syncRuns the history of sync runs
 * @param credentials rotating provider secrets
 * @param credentialsEncrypted whether credentials are encrypted at rest (false: plain text)
 */
public record PersistenceStores(
        EventStore events, SyncRunStore syncRuns, CredentialStore credentials, boolean credentialsEncrypted) {

    public PersistenceStores {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(syncRuns, "syncRuns");
        Objects.requireNonNull(credentials, "credentials");
    }
}
