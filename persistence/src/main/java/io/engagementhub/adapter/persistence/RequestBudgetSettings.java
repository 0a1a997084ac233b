package io.engagementhub.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one provider's request budget, per application.
 *
 * @param provider names the buckets, e.g. {@code constantcontact}
 * @param permitPeriod one request per this period (Constant Contact: 4 a second, handed out as one
 *     per 300 ms so that send-time jitter cannot put a fifth into any sliding second)
 * @param daily requests per UTC day
 */
public record RequestBudgetSettings(String provider, Duration permitPeriod, long daily) {

    public RequestBudgetSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(permitPeriod, "permitPeriod");
        if (permitPeriod.isZero() || permitPeriod.isNegative()) {
            throw new IllegalArgumentException("permitPeriod must be positive");
        }
        if (daily < 1) {
            throw new IllegalArgumentException("daily must be positive, was " + daily);
        }
    }
}
