package io.engagementhub.app.api;

import io.engagementhub.domain.model.AccountUsage;
import io.engagementhub.domain.model.ProviderUsage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What syncing an account costs: the requests and stored events of its recent finished runs, the
 * requests per 1,000 events stored (null before anything was stored), and the provider's own
 * count of API calls where it gives one (Copernica REST v4: this month, read at most once a day).
 */
@Serdeable
public record UsageView(
        int runs,
        long requests,
        long eventsStored,
        @Nullable Double requestsPer1000Events,
        @Nullable Provider provider) {

    /** The provider's count of the account's API calls from {@code from} to {@code to}. */
    @Serdeable
    public record Provider(long apiCalls, LocalDate from, LocalDate to, Instant readAt) {}

    static UsageView of(AccountUsage usage) {
        ProviderUsage counted = usage.provider();
        return new UsageView(
                usage.runs(),
                usage.requests(),
                usage.eventsStored(),
                usage.requestsPerThousandEvents(),
                counted == null
                        ? null
                        : new Provider(counted.apiCalls(), counted.from(), counted.to(), counted.readAt()));
    }
}
