package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.RequestBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The request budgets of Constant Contact applications, keyed by client id, shared by every account
 * source of that application: a {@link RequestBudget} that paces the requests, and the daily-quota
 * resets this process has learnt (from the provider's {@code quota_exceeded} or the budget), so
 * later calls fail fast. Create one per process (or use {@link #shared()}) and pass it to every
 * source.
 *
 * <p>The provider allows 4 requests in a second per application. The local budget hands out one
 * permit per {@code permitPeriod} (default 300 ms, about 3.3 a second): evenly spaced permits keep
 * any sliding second at or below 4 even when a request leaves up to 200 ms after its permit
 * (thread scheduling, connection set-up on a busy machine). Several service instances share one
 * budget through {@link #on(RequestBudget)} with a budget kept in their shared database.
 */
public final class ConstantContactBudgets {

    /** Spacing that leaves room for send-time jitter, so no sliding second sees a fifth request. */
    public static final Duration DEFAULT_PERMIT_PERIOD = Duration.ofMillis(300);

    /**
     * Spacing of a budget that several processes share: a permit and its request lie further apart
     * across processes than in one, so 350 ms (about 2.9 a second) leaves more room than 300 ms.
     */
    public static final Duration SHARED_PERMIT_PERIOD = Duration.ofMillis(350);

    /** The provider's daily request quota per application, reset at 00:00 UTC. */
    public static final long DAILY_QUOTA = 10_000;

    /** How long a request waits for its permit before it counts as a transient failure. */
    static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private static final ConstantContactBudgets SHARED = new ConstantContactBudgets(DEFAULT_PERMIT_PERIOD);

    private final RequestBudget budget;
    private final Map<String, AtomicReference<Instant>> quotaResets = new ConcurrentHashMap<>();

    /** Limits of this process alone, handing out one permit per {@code permitPeriod} per application. */
    public ConstantContactBudgets(Duration permitPeriod) {
        this(new ConstantContactLocalBudget(Objects.requireNonNull(permitPeriod, "permitPeriod")));
    }

    private ConstantContactBudgets(RequestBudget budget) {
        this.budget = budget;
    }

    /** Limits that take every request from {@code budget}, e.g. one shared by several instances. */
    public static ConstantContactBudgets on(RequestBudget budget) {
        return new ConstantContactBudgets(Objects.requireNonNull(budget, "budget"));
    }

    /** The process-wide default, for embedders that configure nothing. */
    public static ConstantContactBudgets shared() {
        return SHARED;
    }

    /** The budget requests are taken from. */
    public RequestBudget budget() {
        return budget;
    }

    /**
     * Waits for the permit of one request of application {@code clientId}.
     *
     * @return false if none came within {@link #MAX_WAIT}
     * @throws io.engagementhub.domain.port.out.QuotaExhaustedException if the daily budget is used up
     */
    boolean take(String clientId) {
        return budget.take(clientId, MAX_WAIT);
    }

    /** When the application's daily quota resets, if it is known to be used up at {@code now}. */
    Optional<Instant> quotaExhaustedUntil(String clientId, Instant now) {
        AtomicReference<Instant> reset = quotaResets.get(clientId);
        Instant until = reset == null ? null : reset.get();
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** The provider said the quota is used up: remembered here and told to the budget. */
    void quotaExhausted(String clientId, Instant until) {
        remember(clientId, until);
        budget.exhausted(clientId, until);
    }

    /** The budget said the quota is used up: remembered, so later calls fail fast. */
    void remember(String clientId, Instant until) {
        quotaResets.computeIfAbsent(clientId, id -> new AtomicReference<>()).set(until);
    }
}
