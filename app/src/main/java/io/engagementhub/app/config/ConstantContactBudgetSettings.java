package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * {@code engagement.constantcontact.*}: the request budget of each Constant Contact application
 * when several instances share it in PostgreSQL.
 *
 * @param dailyRequests the daily quota, reset at 00:00 UTC, or null for the adapter's default (the
 *     provider's quota)
 * @param permitPeriod one request per this period across all instances, or null for the adapter's
 *     default spacing of a shared budget
 */
@ConfigurationProperties("engagement.constantcontact")
public record ConstantContactBudgetSettings(@Nullable Long dailyRequests, @Nullable Duration permitPeriod) {

    public ConstantContactBudgetSettings {
        if (dailyRequests != null && dailyRequests < 1) {
            throw new InvalidConfigurationException(
                    List.of("engagement.constantcontact.daily-requests: must be positive"));
        }
        if (permitPeriod != null && permitPeriod.compareTo(Duration.ofMillis(250)) < 0) {
            throw new InvalidConfigurationException(List.of(
                    "engagement.constantcontact.permit-period: below 250ms the provider's 4 a second is exceeded"));
        }
    }
}
