package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * {@code engagement.constantcontact.*}: the request budget of each Constant Contact application
 * when several instances share it in PostgreSQL.
 *
 * @param dailyRequests the daily quota (default 10,000, the provider's), reset at 00:00 UTC
 * @param permitPeriod one request per this period across all instances (default 350 ms, about 2.9
 *     a second: the provider allows 4, and across processes a permit and its request lie further
 *     apart than in one, so the spacing leaves more room than the single-process 300 ms)
 */
@ConfigurationProperties("engagement.constantcontact")
public record RateBudgetSettings(@Nullable Long dailyRequests, @Nullable Duration permitPeriod) {

    public static final long DEFAULT_DAILY_REQUESTS = 10_000;
    public static final Duration DEFAULT_PERMIT_PERIOD = Duration.ofMillis(350);

    public RateBudgetSettings {
        dailyRequests = dailyRequests == null ? DEFAULT_DAILY_REQUESTS : dailyRequests;
        permitPeriod = permitPeriod == null ? DEFAULT_PERMIT_PERIOD : permitPeriod;
        if (dailyRequests < 1) {
            throw new InvalidConfigurationException(
                    List.of("engagement.constantcontact.daily-requests: must be positive"));
        }
        if (permitPeriod.compareTo(Duration.ofMillis(250)) < 0) {
            throw new InvalidConfigurationException(List.of(
                    "engagement.constantcontact.permit-period: below 250ms the provider's 4 a second is exceeded"));
        }
    }
}
