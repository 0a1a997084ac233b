package io.engagementhub.adapter.copernica;

import java.time.Duration;
import java.util.Objects;

/**
 * Retries of transient failures (5xx, HTML answers, 429, resets, timeouts, truncated JSON):
 * exponential backoff with jitter.
 *
 * @param maxAttempts attempts per request, the first included
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts
 * @param requestTimeout how long one request may take before it counts as failed
 */
public record CopernicaRetrySettings(
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {

    public static final CopernicaRetrySettings DEFAULTS =
            new CopernicaRetrySettings(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60));

    public CopernicaRetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive and maxBackoff >= initialBackoff");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }
}
