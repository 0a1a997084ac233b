package io.engagementhub.domain.service;

/**
 * Tunables of the sync engine.
 *
 * @param maxPagesPerStream a guard: a stream that yields more pages than this in one sync is
 *     failed, so an adapter bug or a provider that never says "last page" cannot loop forever
 */
public record SyncSettings(int maxPagesPerStream) {

    public static final SyncSettings DEFAULTS = new SyncSettings(100_000);

    public SyncSettings {
        if (maxPagesPerStream < 1) {
            throw new IllegalArgumentException("maxPagesPerStream must be at least 1, was " + maxPagesPerStream);
        }
    }
}
