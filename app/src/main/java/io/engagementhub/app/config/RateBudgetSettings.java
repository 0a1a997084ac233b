package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * {@code engagement.constantcontact.daily-requests}: the daily request quota of each Constant
 * Contact application (default 10,000, the provider's), counted in the shared database when
 * several instances run on PostgreSQL.
 */
@ConfigurationProperties("engagement.constantcontact")
public record RateBudgetSettings(@Nullable Long dailyRequests) {

    public static final long DEFAULT_DAILY_REQUESTS = 10_000;

    public RateBudgetSettings {
        dailyRequests = dailyRequests == null ? DEFAULT_DAILY_REQUESTS : dailyRequests;
        if (dailyRequests < 1) {
            throw new InvalidConfigurationException(
                    List.of("engagement.constantcontact.daily-requests: must be positive"));
        }
    }
}
