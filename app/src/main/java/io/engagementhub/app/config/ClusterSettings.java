package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * {@code engagement.cluster.*}: how service instances sharing one PostgreSQL coordinate.
 *
 * @param instanceName this instance's name in run history and in the scheduler's table; default
 *     the host name, so give each replica on one host its own
 * @param deadAfter an instance whose running sync has not sent a heartbeat for this long is taken
 *     for dead, and the account is handed to another instance (default 2m; heartbeats go every
 *     quarter of it)
 * @param poll how often an idle instance looks for due syncs (default 5s)
 */
@ConfigurationProperties("engagement.cluster")
public record ClusterSettings(@Nullable String instanceName, @Nullable Duration deadAfter, @Nullable Duration poll) {

    public static final Duration DEFAULT_DEAD_AFTER = Duration.ofMinutes(2);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(5);

    public ClusterSettings {
        deadAfter = deadAfter == null ? DEFAULT_DEAD_AFTER : deadAfter;
        poll = poll == null ? DEFAULT_POLL : poll;
        if (deadAfter.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new InvalidConfigurationException(
                    List.of("engagement.cluster.dead-after: " + deadAfter + " is shorter than 2s"));
        }
        if (poll.isZero() || poll.isNegative()) {
            throw new InvalidConfigurationException(List.of("engagement.cluster.poll: must be positive"));
        }
    }

    /** How often a running sync's instance renews its claim. */
    public Duration heartbeat() {
        return deadAfter.dividedBy(MISSED_HEARTBEATS);
    }

    /** Heartbeats missed before an instance is taken for dead. */
    public static final int MISSED_HEARTBEATS = 4;
}
