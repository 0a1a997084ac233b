package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the provider itself counts of an account's use of its API over a period, e.g. Copernica's
 * billed API calls this month.
 *
 * @param apiCalls the API calls the provider counted, every client of the account included
 * @param from the first day counted
 * @param to the last day counted
 * @param readAt when the provider was asked
 */
public record ProviderUsage(long apiCalls, LocalDate from, LocalDate to, Instant readAt) {

    public ProviderUsage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(readAt, "readAt");
        if (apiCalls < 0) {
            throw new IllegalArgumentException("apiCalls must not be negative");
        }
    }
}
