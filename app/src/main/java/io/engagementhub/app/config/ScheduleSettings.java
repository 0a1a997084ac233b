package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code engagement.sync.*}.
 *
 * @param every how often every account is synced; {@code off} disables the schedule (default 15m)
 * @param threads how many accounts this instance syncs at once; more wait their turn (default 2)
 */
@ConfigurationProperties("engagement.sync")
public record ScheduleSettings(@Nullable String every, @Nullable Integer threads) {

    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);
    public static final int DEFAULT_THREADS = 2;

    public ScheduleSettings {
        threads = threads == null ? DEFAULT_THREADS : threads;
        if (threads < 1) {
            throw new InvalidConfigurationException(
                    List.of("engagement.sync.threads: must be at least 1, was " + threads));
        }
    }

    /**
     * The interval of the schedule, or empty when it is off.
     *
     * @throws InvalidConfigurationException if the value is neither {@code off} nor a duration
     */
    public Optional<Duration> interval() {
        if (every == null || every.isBlank()) {
            return Optional.of(DEFAULT_EVERY);
        }
        if ("off".equalsIgnoreCase(every.trim()) || "false".equalsIgnoreCase(every.trim())) {
            return Optional.empty();
        }
        try {
            Duration interval = AccountSettingsReader.duration(every);
            if (interval.isZero() || interval.isNegative()) {
                throw new IllegalArgumentException("must be positive");
            }
            return Optional.of(interval);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    List.of("engagement.sync.every: '" + every + "' is neither 'off' nor a duration such as 15m"));
        }
    }
}
