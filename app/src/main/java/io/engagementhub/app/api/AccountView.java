package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A configured account: its name, provider and last sync; never a secret. */
@Serdeable
public record AccountView(String name, String provider, @Nullable SyncRunView lastSync) {}
