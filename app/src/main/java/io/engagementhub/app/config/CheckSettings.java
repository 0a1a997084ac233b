package io.engagementhub.app.config;

import io.engagementhub.domain.service.ReconciliationSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code engagement.reconciliation.*}: when campaigns are checked against the provider's own totals
 * and repaired.
 *
 * @param grace how long a campaign may stay behind before it is re-read; default two sync intervals
 *     (provider totals lag behind their lists)
 * @param repairEvery at most one re-read of a campaign in this time (default 6h)
 * @param lookback campaigns not complete are checked again while their last check is this recent
 *     (default 30d)
 * @param campaignsPerSync at most this many campaigns are checked in one sync (default 200)
 */
@ConfigurationProperties("engagement.reconciliation")
public record CheckSettings(
        @Nullable Duration grace,
        @Nullable Duration repairEvery,
        @Nullable Duration lookback,
        @Nullable Integer campaignsPerSync) {

    /**
     * The engine's settings, with the grace period of two {@code syncInterval}s unless given.
     *
     * @throws InvalidConfigurationException naming every key whose value is out of range
     */
    public ReconciliationSettings toDomain(Duration syncInterval) {
        ReconciliationSettings defaults = ReconciliationSettings.DEFAULTS;
        Duration g = grace == null ? syncInterval.multipliedBy(2) : grace;
        Duration every = repairEvery == null ? defaults.repairEvery() : repairEvery;
        Duration back = lookback == null ? defaults.lookback() : lookback;
        int limit = campaignsPerSync == null ? defaults.campaignsPerSync() : campaignsPerSync;
        List<String> problems = new ArrayList<>();
        if (g.isNegative()) {
            problems.add("engagement.reconciliation.grace: must not be negative, was " + g);
        }
        if (every.isNegative()) {
            problems.add("engagement.reconciliation.repair-every: must not be negative, was " + every);
        }
        if (back.isNegative()) {
            problems.add("engagement.reconciliation.lookback: must not be negative, was " + back);
        }
        if (limit < 1) {
            problems.add("engagement.reconciliation.campaigns-per-sync: must be at least 1, was " + limit);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new ReconciliationSettings(g, every, back, limit);
    }
}
