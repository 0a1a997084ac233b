package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * One of a provider's own totals for a campaign and event type.
 *
 * @param measure whether it counts events or distinct recipients
 * @param value the provider's figure
 */
public record ProviderCount(Measure measure, long value) {

    public ProviderCount {
        Objects.requireNonNull(measure, "measure");
        Require.notNegative(value, "value");
    }

    public static ProviderCount total(long value) {
        return new ProviderCount(Measure.TOTAL, value);
    }

    public static ProviderCount unique(long value) {
        return new ProviderCount(Measure.UNIQUE, value);
    }
}
