package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Copernica-shaped events for the benchmark, made on the fly from their number so a million never
 * sit in memory: opens and clicks (and a few bounces) of {@link #RECIPIENTS} recipients ({@code
 * benchmark.recipients}, default 50,000) spread evenly over {@link #CAMPAIGNS} campaigns ({@code
 * benchmark.campaigns}, default 10).
 */
final class BenchmarkEvents {

    static final String ACCOUNT = "bench";
    static final int CAMPAIGNS = Integer.getInteger("benchmark.campaigns", 10);
    static final int RECIPIENTS = Integer.getInteger("benchmark.recipients", 50_000);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final DeviceType[] DEVICES = {DeviceType.DESKTOP, DeviceType.MOBILE, DeviceType.TABLET};

    private BenchmarkEvents() {}

    static String campaignOf(long n) {
        return Long.toString(1000 + n % CAMPAIGNS);
    }

    static EngagementEvent event(long n) {
        boolean click = n % 3 == 0;
        long recipient = (n * 7919) % RECIPIENTS;
        if (n % 1000 == 7) {
            return bounce(n, recipient);
        }
        return EngagementEvent.builder()
                .id(EventId.of("copernica", "ms", click ? "clicks" : "impressions", Long.toString(n)))
                .account(ACCOUNT)
                .provider(Provider.COPERNICA)
                .product("ms")
                .type(click ? EngagementType.CLICKED : EngagementType.OPENED)
                .occurredAt(START.plusMillis(n * 250))
                .campaignId(campaignOf(n))
                .recipient(new Recipient(
                        Long.toString(recipient), "r" + recipient + "@example.com", Long.toString(recipient), null))
                .link(click ? new Link("https://example.com/page/" + (n % 20), Long.toString(n % 20), null) : null)
                .client(new Client("192.0.2." + (n % 250), "Mozilla/5.0 (bench)", DEVICES[(int) (n % 3)], null))
                .providerEventId(Long.toString(n))
                .build();
    }

    /** One event in a thousand is a bounce: a rare type for the listing benchmark. */
    private static EngagementEvent bounce(long n, long recipient) {
        return EngagementEvent.builder()
                .id(EventId.of("copernica", "ms", "errors", Long.toString(n)))
                .account(ACCOUNT)
                .provider(Provider.COPERNICA)
                .product("ms")
                .type(EngagementType.BOUNCED)
                .occurredAt(START.plusMillis(n * 250))
                .campaignId(campaignOf(n))
                .recipient(new Recipient(
                        Long.toString(recipient), "r" + recipient + "@example.com", Long.toString(recipient), null))
                .bounce(new Bounce("5.1.1", BounceCategory.HARD, "user unknown"))
                .providerEventId(Long.toString(n))
                .build();
    }

    static List<EngagementEvent> page(long first, int size) {
        List<EngagementEvent> page = new ArrayList<>(size);
        for (long n = first; n < first + size; n++) {
            page.add(event(n));
        }
        return page;
    }
}
