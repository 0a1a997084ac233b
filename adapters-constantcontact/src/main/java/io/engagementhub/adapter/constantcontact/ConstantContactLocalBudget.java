package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.RequestQuota;
import io.engagementhub.domain.port.out.RequestBudget;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The request budget of this process alone: one resilience4j rate limiter per application handing
 * out one permit per period. It does not count the daily quota; the provider's {@code
 * quota_exceeded} answer tells that (see {@link ConstantContactRateLimits}).
 */
final class ConstantContactLocalBudget implements RequestBudget {

    private final RateLimiterRegistry registry;

    ConstantContactLocalBudget(Duration permitPeriod) {
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(permitPeriod)
                .timeoutDuration(ConstantContactRateLimits.MAX_WAIT)
                .build();
        this.registry = RateLimiterRegistry.of(config);
    }

    @Override
    public boolean take(String application, Duration maxWait) {
        RateLimiter limiter = registry.rateLimiter("constantcontact-" + application);
        long wait = limiter.reservePermission();
        if (wait < 0 || wait > maxWait.toNanos()) {
            return false;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void exhausted(String application, Instant until) {
        // Remembered by ConstantContactRateLimits, on the adapter's clock.
    }

    @Override
    public Optional<RequestQuota> quota(String application) {
        return Optional.empty();
    }
}
