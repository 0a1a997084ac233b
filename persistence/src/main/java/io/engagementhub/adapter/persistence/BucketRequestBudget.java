package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.RequestQuota;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.RequestBudget;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * The {@link RequestBudget} in PostgreSQL, shared by every service instance on the database: two
 * Bucket4j buckets per application in {@code request_budget_bucket}, locked with {@code SELECT ...
 * FOR UPDATE} for each take. {@code <provider>:<application>:second} holds at most one permit and
 * refills it greedily over one permit period, so two requests are always at least a period apart
 * (an interval refill would hand a saved permit and the next one out back to back, and a sliding
 * second could see a fifth request); {@code <provider>:<application>:day} holds the daily budget and refills at 00:00
 * UTC, when the provider's does.
 */
final class BucketRequestBudget implements RequestBudget {

    /** Bounds the retries of one take; far more than a 10-minute wait at one try per period needs. */
    private static final int MAX_ATTEMPTS = 100_000;

    private final ProxyManager<String> buckets;
    private final RequestBudgetSettings settings;
    private final Clock clock;

    BucketRequestBudget(DataSource dataSource, RequestBudgetSettings settings, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("request_budget_bucket")
                .build();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean take(String application, Duration maxWait) {
        BucketProxy day = day(application);
        ConsumptionProbe probe = day.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Instant reset = nextMidnight(); // the daily bucket refills at 00:00 UTC, aligned
            throw new QuotaExhaustedException(
                    "the daily request budget of " + settings.provider() + " application " + application + " ("
                            + settings.daily() + ") is used up; requests resume at " + reset,
                    reset);
        }
        if (awaitSecond(application, maxWait)) {
            return true;
        }
        day.addTokens(1);
        return false;
    }

    /*
     * No reservation (Bucket4j's blocking consume reserves a future slot): a permit is taken only
     * when it is free, right before the request leaves. A reserved slot is computed from the
     * time sampled before the row lock was granted, so a wait for the lock would push the request
     * towards the next one.
     */
    private boolean awaitSecond(String application, Duration maxWait) {
        BucketProxy second = second(application);
        long deadline = System.nanoTime() + maxWait.toNanos();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConsumptionProbe probe = second.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return true;
            }
            long wait = Math.max(probe.getNanosToWaitForRefill(), 1_000_000L);
            if (System.nanoTime() + wait > deadline) {
                return false;
            }
            LockSupport.parkNanos(wait);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void exhausted(String application, Instant until) {
        day(application).tryConsumeAsMuchAsPossible();
    }

    @Override
    public Optional<RequestQuota> quota(String application) {
        return Optional.of(new RequestQuota(day(application).getAvailableTokens(), nextMidnight()));
    }

    private BucketProxy second(String application) {
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, settings.permitPeriod()))
                .build();
        return buckets.getProxy(key(application, "second"), () -> config);
    }

    private BucketProxy day(String application) {
        long daily = settings.daily();
        Instant midnight = nextMidnight();
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(daily).refillIntervallyAligned(daily, Duration.ofDays(1), midnight))
                .build();
        return buckets.getProxy(key(application, "day"), () -> config);
    }

    private String key(String application, String period) {
        return settings.provider() + ":" + application + ":" + period;
    }

    private Instant nextMidnight() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }
}
