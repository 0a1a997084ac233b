package io.engagementhub.domain.model;

/**
 * One provider endpoint with its partition, read page by page from its own checkpoint: e.g.
 * Copernica {@code ms/clicks} for the whole account, or the Constant Contact {@code clicks} report
 * of one campaign activity.
 *
 * @param key identifies the stream within its account, stable across syncs; at most 200 characters
 * @param fingerprint a summary of the stream's content that changes when it gains events (e.g. the
 *     provider's event count), or null when the provider offers none. When a stream's previous read
 *     ran to its end with the same fingerprint, the engine skips it without a single request.
 */
public record Stream(String key, String fingerprint) {

    public static final int MAX_KEY_LENGTH = 200;

    public Stream {
        Require.nonBlank(key, "stream key");
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("stream key longer than " + MAX_KEY_LENGTH + ": " + key);
        }
        Require.nullOrNonBlank(fingerprint, "stream fingerprint");
    }

    /** A stream without change detection: it is read on every sync. */
    public static Stream of(String key) {
        return new Stream(key, null);
    }
}
