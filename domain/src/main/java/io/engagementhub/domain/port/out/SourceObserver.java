package io.engagementhub.domain.port.out;

import java.time.Instant;

/**
 * Hears what a source adapter does on the wire, for metrics and health. Every method has a no-op
 * default; implementations must be fast and thread-safe, and never receive a secret.
 */
public interface SourceObserver {

    /** An observer that ignores everything. */
    SourceObserver NONE = new SourceObserver() {};

    /** A request to the provider was answered with {@code status} (0 when no answer came). */
    default void requestCompleted(String provider, String account, String endpoint, int status) {}

    /** A failed request is being retried ({@code reason}: e.g. "503", "timeout", "throttled"). */
    default void retrying(String provider, String account, String reason) {}

    /** The provider answered 429 (too many requests). */
    default void throttled(String provider, String account) {}

    /** The provider's request budget is used up until {@code resetsAt}. */
    default void quotaExhausted(String provider, String account, Instant resetsAt) {}
}
