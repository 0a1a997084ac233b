package io.engagementhub.adapter.constantcontact;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The request budgets of Constant Contact applications, keyed by client id: one rate limiter and
 * one daily-quota state per application, shared by every account source of that application.
 * Create one per process (or use {@link #shared()}) and pass it to every source.
 *
 * <p>The provider allows 4 requests in a second per application. The limiter hands out one permit
 * per {@code permitPeriod} (default 300 ms, about 3.3 a second): evenly spaced permits keep any
 * sliding second at or below 4 even when a request leaves up to 200 ms after its permit (thread
 * scheduling, connection set-up on a busy machine).
 */
public final class ConstantContactRateLimits {

    /** Spacing that leaves room for send-time jitter, so no sliding second sees a fifth request. */
    public static final Duration DEFAULT_PERMIT_PERIOD = Duration.ofMillis(300);

    private static final ConstantContactRateLimits SHARED = new ConstantContactRateLimits(DEFAULT_PERMIT_PERIOD);

    private final RateLimiterRegistry registry;
    private final Map<String, AtomicReference<Instant>> quotaResets = new ConcurrentHashMap<>();

    /** Limits handing out one permit per {@code permitPeriod} per application. */
    public ConstantContactRateLimits(Duration permitPeriod) {
        Objects.requireNonNull(permitPeriod, "permitPeriod");
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(permitPeriod)
                .timeoutDuration(Duration.ofMinutes(10))
                .build();
        this.registry = RateLimiterRegistry.of(config);
    }

    /** The process-wide default, for embedders that configure nothing. */
    public static ConstantContactRateLimits shared() {
        return SHARED;
    }

    RateLimiter limiter(String clientId) {
        return registry.rateLimiter("constantcontact-" + clientId);
    }

    /** When the application's daily quota resets, if it is known to be used up at {@code now}. */
    Optional<Instant> quotaExhaustedUntil(String clientId, Instant now) {
        AtomicReference<Instant> reset = quotaResets.get(clientId);
        Instant until = reset == null ? null : reset.get();
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    void quotaExhausted(String clientId, Instant until) {
        quotaResets.computeIfAbsent(clientId, id -> new AtomicReference<>()).set(until);
    }
}
