package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A configured account: its name, provider, last sync, when the schedule next syncs it (null while
 * a scheduled sync is due or running, and with the schedule off), and what syncing it costs; never
 * a secret.
 */
@Serdeable
public record AccountView(
        String name, String provider, @Nullable SyncRunView lastSync, @Nullable Instant nextSyncAt, UsageView usage) {}
