package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementEventBuilder;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import java.time.ZoneId;

/**
 * Maps Copernica wire records to {@link EngagementEvent}s. Throws {@link IllegalArgumentException}
 * (or {@link NullPointerException}) naming what is wrong when a record cannot be an event.
 */
final class CopernicaEventMapper {

    private final String account;
    private final CopernicaTime time;

    CopernicaEventMapper(String account, ZoneId zone) {
        this.account = account;
        this.time = new CopernicaTime(zone);
    }

    EngagementEvent map(CopernicaStream stream, CopernicaRecord record) {
        EngagementEventBuilder event = common(stream, record);
        if (record instanceof CopernicaClick click) {
            event.link(new Link(click.link(), click.linkId(), click.linkTitle()))
                    .client(new Client(click.ip(), click.useragent(), DeviceType.UNKNOWN, click.referer()));
        } else if (record instanceof CopernicaImpression open) {
            event.client(new Client(open.ip(), open.useragent(), DeviceType.fromLabel(open.device()), open.referer()));
        } else if (record instanceof CopernicaError error) {
            String description = error.description() != null ? error.description() : error.errortypedescription();
            event.bounce(new Bounce(
                    error.errorcode(), CopernicaBounces.categorize(error.errorcode(), error.errortype()), description));
        } else if (record instanceof CopernicaUnsubscribe unsubscribe && hasClient(unsubscribe)) {
            event.client(new Client(unsubscribe.ip(), unsubscribe.useragent(), DeviceType.UNKNOWN, null));
        }
        return event.build();
    }

    private EngagementEventBuilder common(CopernicaStream stream, CopernicaRecord typed) {
        CopernicaFields record = typed.fields();
        String id = required(record.eventId(), "ID");
        return EngagementEvent.builder()
                .id(EventId.of(
                        "copernica", stream.product().path(), stream.type().path(), id))
                .account(account)
                .provider(Provider.COPERNICA)
                .product(stream.product().path())
                .type(stream.type().engagementType())
                .occurredAt(time.parse(record.timestamp()))
                .campaignId(required(record.campaign(), "mailing/emailing"))
                .recipient(new Recipient(
                        required(record.destination(), "destination"), null, record.profile(), record.subprofile()))
                .providerEventId(id);
    }

    private static boolean hasClient(CopernicaUnsubscribe unsubscribe) {
        return unsubscribe.ip() != null || unsubscribe.useragent() != null;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return value.trim();
    }
}
