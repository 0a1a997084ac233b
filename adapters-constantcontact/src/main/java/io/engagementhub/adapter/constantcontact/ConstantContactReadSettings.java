package io.engagementhub.adapter.constantcontact;

import java.time.Duration;
import java.util.Objects;

/**
 * How far back to look and how patiently to retry.
 *
 * @param lookBack campaign activities last sent longer ago than this are not read
 * @param maxAttempts attempts per request (first one included) on 5xx, resets, timeouts, throttling
 * @param retryBackoff the first wait after a transient failure; doubles per attempt
 * @param throttleBackoff the wait after a {@code throttled} 429
 * @param requestTimeout how long one request may take
 */
public record ConstantContactReadSettings(
        Duration lookBack, int maxAttempts, Duration retryBackoff, Duration throttleBackoff, Duration requestTimeout) {

    /** 90 days, 4 attempts from 500 ms, 1 s after throttling, 30 s per request. */
    public static final ConstantContactReadSettings DEFAULTS = new ConstantContactReadSettings(
            Duration.ofDays(90), 4, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** These settings with another look-back. */
    public ConstantContactReadSettings withLookBack(Duration value) {
        return new ConstantContactReadSettings(value, maxAttempts, retryBackoff, throttleBackoff, requestTimeout);
    }

    public ConstantContactReadSettings {
        Objects.requireNonNull(lookBack, "lookBack");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(throttleBackoff, "throttleBackoff");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (lookBack.isNegative() || lookBack.isZero()) {
            throw new IllegalArgumentException("lookBack must be positive, was " + lookBack);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }
}
