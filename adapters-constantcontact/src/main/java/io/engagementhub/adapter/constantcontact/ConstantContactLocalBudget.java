package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.RequestQuota;
import io.engagementhub.domain.port.out.RequestBudget;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request budget of this process alone: one Bucket4j token bucket per application, holding one
 * permit and refilling it greedily over one permit period, so two requests of an application are
 * always at least a period apart. It does not count the daily quota; the provider's {@code
 * quota_exceeded} answer tells that (see {@link ConstantContactBudgets}). Time and waiting come
 * from a {@link TimeMeter} and a {@link BlockingStrategy}: the system's by default, a test's own to
 * drive the budget on a controlled clock.
 */
final class ConstantContactLocalBudget implements RequestBudget {

    private final Duration permitPeriod;
    private final TimeMeter time;
    private final BlockingStrategy waiting;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ConstantContactLocalBudget(Duration permitPeriod) {
        this(permitPeriod, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    ConstantContactLocalBudget(Duration permitPeriod, TimeMeter time, BlockingStrategy waiting) {
        if (permitPeriod.isNegative() || permitPeriod.isZero()) {
            throw new IllegalArgumentException("permitPeriod must be positive, was " + permitPeriod);
        }
        this.permitPeriod = permitPeriod;
        this.time = time;
        this.waiting = waiting;
    }

    @Override
    public boolean take(String application, Duration maxWait) {
        Bucket bucket = bucket(application);
        if (maxWait.isNegative() || maxWait.isZero()) {
            return bucket.tryConsume(1);
        }
        try {
            return bucket.asBlocking().tryConsume(1, maxWait, waiting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Bucket bucket(String application) {
        return buckets.computeIfAbsent(application, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, permitPeriod))
                .withCustomTimePrecision(time)
                .build());
    }

    @Override
    public void exhausted(String application, Instant until) {
        // Remembered by ConstantContactBudgets, on the adapter's clock.
    }

    @Override
    public Optional<RequestQuota> quota(String application) {
        return Optional.empty();
    }
}
