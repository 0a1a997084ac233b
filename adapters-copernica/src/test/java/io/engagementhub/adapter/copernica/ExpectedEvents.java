package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementEventBuilder;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The events a sync must store for the simulator's ground truth, written from the simulator's canonical values. */
final class ExpectedEvents {

    private static final Map<String, EngagementType> TYPES = Map.of(
            "clicks", EngagementType.CLICKED,
            "impressions", EngagementType.OPENED,
            "deliveries", EngagementType.DELIVERED,
            "errors", EngagementType.BOUNCED,
            "unsubscribes", EngagementType.UNSUBSCRIBED,
            "abuses", EngagementType.COMPLAINED);

    private ExpectedEvents() {}

    static Map<String, EngagementEvent> byId(List<SimulatedEvent> events, ZoneId zone) {
        return events.stream()
                .map(e -> of(e, zone))
                .collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
    }

    static Map<String, EngagementEvent> byId(List<EngagementEvent> events) {
        return events.stream().collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
    }

    static Set<String> ids(List<EngagementEvent> events) {
        return events.stream().map(e -> e.id().value()).collect(Collectors.toSet());
    }

    /**
     * Marketing Suite unsubscribes come from the v3 account-wide list, which has no profile or
     * subprofile (docs/providers/copernica.md#event-payloads).
     */
    private static Recipient recipient(SimulatedEvent e) {
        boolean fromV3 = e.product() == SimulatedProduct.MS && e.type() == SimulatedEventType.UNSUBSCRIBES;
        return fromV3
                ? Recipient.withId(e.destination())
                : new Recipient(e.destination(), null, e.profile(), e.subprofile());
    }

    static EngagementEvent of(SimulatedEvent e, ZoneId zone) {
        String product = e.product().path();
        String type = e.type().path();
        EngagementEventBuilder b = EngagementEvent.builder()
                .id(EventId.of("copernica", product, type, Long.toString(e.id())))
                .account(SimulatedAccount.ACCOUNT)
                .provider(Provider.COPERNICA)
                .product(product)
                .type(TYPES.get(type))
                // Fall-back hour: the earlier offset (summer time), as CopernicaTime documents.
                .occurredAt(
                        e.timestamp().atZone(zone).withEarlierOffsetAtOverlap().toInstant())
                .campaignId(e.emailing())
                .recipient(recipient(e))
                .providerEventId(Long.toString(e.id()));
        switch (type) {
            case "clicks" ->
                b.link(new Link(e.text("link"), e.text("link_id"), e.text("link_title")))
                        .client(new Client(e.text("ip"), e.text("useragent"), DeviceType.UNKNOWN, e.text("referer")));
            case "impressions" ->
                b.client(new Client(
                        e.text("ip"), e.text("useragent"), DeviceType.fromLabel(e.text("device")), e.text("referer")));
            case "errors" ->
                b.bounce(new Bounce(
                        e.text("errorcode"),
                        CopernicaBounces.categorize(e.text("errorcode"), e.text("errortype")),
                        e.text("description")));
            default -> {}
        }
        return b.build();
    }
}
