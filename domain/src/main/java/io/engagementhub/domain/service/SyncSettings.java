package io.engagementhub.domain.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the sync engine.
 *
 * @param maxPagesPerStream a guard: a stream that yields more pages than this in one sync is
 *     failed, so an adapter bug or a provider that never says "last page" cannot loop forever
 * @param recordPatience how long a finished run is offered again to a store that is unavailable
 *     (a database restarting), so that the run is recorded as soon as the database is back
 * @param reconciliation when campaigns are checked against the provider's totals and repaired
 */
public record SyncSettings(int maxPagesPerStream, Duration recordPatience, ReconciliationSettings reconciliation) {

    public static final Duration DEFAULT_RECORD_PATIENCE = Duration.ofMinutes(10);
    public static final SyncSettings DEFAULTS = new SyncSettings(100_000);

    public SyncSettings {
        if (maxPagesPerStream < 1) {
            throw new IllegalArgumentException("maxPagesPerStream must be at least 1, was " + maxPagesPerStream);
        }
        Objects.requireNonNull(recordPatience, "recordPatience");
        if (recordPatience.isNegative()) {
            throw new IllegalArgumentException("recordPatience must not be negative, was " + recordPatience);
        }
        Objects.requireNonNull(reconciliation, "reconciliation");
    }

    public SyncSettings(int maxPagesPerStream, Duration recordPatience) {
        this(maxPagesPerStream, recordPatience, ReconciliationSettings.DEFAULTS);
    }

    public SyncSettings(int maxPagesPerStream) {
        this(maxPagesPerStream, DEFAULT_RECORD_PATIENCE);
    }

    public SyncSettings withRecordPatience(Duration patience) {
        return new SyncSettings(maxPagesPerStream, patience, reconciliation);
    }

    public SyncSettings withReconciliation(ReconciliationSettings value) {
        return new SyncSettings(maxPagesPerStream, recordPatience, value);
    }
}
