package io.engagementhub.domain.service;

import java.time.Duration;
import java.util.Objects;

/**
 * When campaigns are checked against the provider's totals and repaired.
 *
 * @param grace how long a campaign may stay behind before it is re-read (provider totals lag)
 * @param repairEvery at most one repair of a campaign in this time, so a gap that the provider's
 *     lists cannot fill does not loop
 * @param lookback campaigns not yet complete are checked again while their last check is this recent
 * @param campaignsPerSync at most this many campaigns are checked in one sync
 */
public record ReconciliationSettings(Duration grace, Duration repairEvery, Duration lookback, int campaignsPerSync) {

    public static final ReconciliationSettings DEFAULTS =
            new ReconciliationSettings(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(30), 200);

    public ReconciliationSettings {
        notNegative(grace, "grace");
        notNegative(repairEvery, "repairEvery");
        notNegative(lookback, "lookback");
        if (campaignsPerSync < 1) {
            throw new IllegalArgumentException("campaignsPerSync must be at least 1, was " + campaignsPerSync);
        }
    }

    private static void notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
