package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.RequestQuota;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The request budget of provider applications, keyed by application (an OAuth client id): every
 * source of one application takes its requests from it, so the provider's per-second and daily
 * limits hold for all of them together. One implementation keeps it in this process; one keeps it
 * in the shared database, for every service instance on it.
 */
public interface RequestBudget {

    /**
     * Takes one request from {@code application}'s budget, waiting at most {@code maxWait} for one
     * to become free.
     *
     * @return false if none became free in time (nothing is taken)
     * @throws QuotaExhaustedException if the application's daily budget is used up
     */
    boolean take(String application, Duration maxWait);

    /** The provider said that {@code application}'s daily budget is used up until {@code until}. */
    void exhausted(String application, Instant until);

    /** The daily budget of {@code application} as far as this budget counts it, if it does. */
    Optional<RequestQuota> quota(String application);
}
