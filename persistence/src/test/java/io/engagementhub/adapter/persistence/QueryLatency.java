package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the queries of the benchmark's store once each, the first call on that database (a repeated
 * identical query may be answered from H2's result cache; the code is warmed on another database):
 * the statistics of the first campaign, and the first page (100 events) of listings filtered by
 * campaign, by a common and a rare type, by campaign and the rare type, by recipient, by email and
 * by a time range in the middle of the data.
 */
final class QueryLatency {

    private QueryLatency() {}

    static void print(String target, EventStore store, long events, boolean printing) {
        String campaign = BenchmarkEvents.campaignOf(0);
        time(
                printing,
                target,
                "statistics, campaign of " + String.format(Locale.ROOT, "%,d", events / BenchmarkEvents.CAMPAIGNS)
                        + " events",
                () -> store.statistics(BenchmarkEvents.ACCOUNT, campaign).of(EngagementType.OPENED));
        EventQuery account =
                EventQuery.all().withAccount(BenchmarkEvents.ACCOUNT).withLimit(100);
        Instant middle = BenchmarkEvents.event(events / 2).occurredAt();
        time(printing, target, "first page, by campaign", () -> size(store, account.withCampaign(campaign)));
        time(
                printing,
                target,
                "first page, by type CLICKED",
                () -> size(store, account.withTypes(Set.of(EngagementType.CLICKED))));
        time(
                printing,
                target,
                "first page, by type BOUNCED (0.1%)",
                () -> size(store, account.withTypes(Set.of(EngagementType.BOUNCED))));
        time(
                printing,
                target,
                "first page, by campaign and type BOUNCED",
                () -> size(store, account.withCampaign(campaign).withTypes(Set.of(EngagementType.BOUNCED))));
        time(printing, target, "first page, by recipient", () -> size(store, account.withRecipient("4711")));
        time(printing, target, "first page, by email", () -> size(store, account.withEmail("r815@example.com")));
        time(
                printing,
                target,
                "first page, by time range (1 h, mid-data)",
                () -> size(store, account.between(middle, middle.plus(Duration.ofHours(1)))));
    }

    private static int size(EventStore store, EventQuery query) {
        return store.find(query).items().size();
    }

    private static void time(boolean printing, String target, String what, Supplier<Object> query) {
        long start = System.nanoTime();
        Object result = query.get();
        double millis = (System.nanoTime() - start) / 1e6;
        if (!printing) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-8s %-48s %8.1f ms  (%s)%n", target, what, millis, result);
    }
}
