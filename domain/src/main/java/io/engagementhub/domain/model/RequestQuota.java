package io.engagementhub.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What is left of a provider application's daily request budget.
 *
 * @param remaining requests left until {@code resetsAt}
 * @param resetsAt when the budget is full again
 */
public record RequestQuota(long remaining, Instant resetsAt) {

    public RequestQuota {
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative, was " + remaining);
        }
        Objects.requireNonNull(resetsAt, "resetsAt must not be null");
    }
}
