package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementEventBuilder;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Valid events for tests; change what a test cares about with {@code toBuilder()}. */
public final class EngagementEvents {

    public static final String ACCOUNT = "acme";
    public static final String CAMPAIGN = "1001";
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private EngagementEvents() {}

    /** A unique id for each call. */
    public static EventId anyId() {
        return EventId.of("test", "e" + SEQUENCE.incrementAndGet());
    }

    /** An open of campaign {@link #CAMPAIGN} in account {@link #ACCOUNT} by recipient r1 at {@link #T0}. */
    public static EngagementEventBuilder anOpen() {
        return base(EngagementType.OPENED)
                .client(new Client("2a03:e280:0:1::1", "Mozilla/5.0", DeviceType.MOBILE, null));
    }

    /** A click on {@code https://example.com/a}. */
    public static EngagementEventBuilder aClick() {
        return base(EngagementType.CLICKED)
                .link(new Link("https://example.com/a", "7", "Read more"))
                .client(new Client("0.0.0.0", "Firefox 3.6, WinXP", DeviceType.DESKTOP, null));
    }

    /** An open from {@code ip} by user agent {@code agent}, device not known: what the machine rules judge. */
    public static EngagementEvent anOpenFrom(String ip, String agent) {
        return anOpen().client(new Client(ip, agent, DeviceType.UNKNOWN, null)).build();
    }

    /** A click from {@code ip} by user agent {@code agent}, device not known. */
    public static EngagementEvent aClickFrom(String ip, String agent) {
        return aClick().client(new Client(ip, agent, DeviceType.UNKNOWN, null)).build();
    }

    /** A hard bounce. */
    public static EngagementEventBuilder aBounce() {
        return base(EngagementType.BOUNCED).bounce(new Bounce("5.1.1", BounceCategory.HARD, "user unknown"));
    }

    /** An event of {@code type} with only what every event needs. */
    public static EngagementEventBuilder anEvent(EngagementType type) {
        return switch (type) {
            case CLICKED -> aClick();
            case BOUNCED -> aBounce();
            default -> base(type);
        };
    }

    private static EngagementEventBuilder base(EngagementType type) {
        return EngagementEvent.builder()
                .id(anyId())
                .account(ACCOUNT)
                .provider(Provider.COPERNICA)
                .product("ms")
                .type(type)
                .occurredAt(T0)
                .campaignId(CAMPAIGN)
                .recipient(new Recipient("r1", "one@example.com", "42", null))
                .providerEventId("1");
    }
}
