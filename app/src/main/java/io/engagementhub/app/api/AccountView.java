package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A configured account: its name, provider, last sync and when the schedule next syncs it (null
 * while a scheduled sync is due or running, and with the schedule off); never a secret.
 */
@Serdeable
public record AccountView(String name, String provider, @Nullable SyncRunView lastSync, @Nullable Instant nextSyncAt) {}
