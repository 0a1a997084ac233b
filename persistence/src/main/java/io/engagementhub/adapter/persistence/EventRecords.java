package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.EventDimensions.orNull;

import io.engagementhub.adapter.persistence.jooq.tables.records.EventAddressRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventAgentRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventBounceRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventClientRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventLinkRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventOriginRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventRecipientRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.port.out.EventStoreException;

/** Turns a stored event row and the dimension rows it refers to back into the event. */
final class EventRecords {

    private EventRecords() {}

    /** The stored event; a row the domain rejects fails naming the event. */
    static EngagementEvent fromRow(StoredEventRecord row, StoredDimensions dims) {
        try {
            return event(row, dims);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventStoreException(
                    "stored event " + row.getEventId() + " of account " + row.getAccount() + " cannot be read: "
                            + e.getMessage(),
                    e);
        }
    }

    private static EngagementEvent event(StoredEventRecord row, StoredDimensions dims) {
        EventOriginRecord origin = StoredDimensions.required(dims.origins(), row.getOriginKey(), "origin");
        EventRecipientRecord recipient =
                StoredDimensions.required(dims.recipients(), row.getRecipientKey(), "recipient");
        return EngagementEvent.builder()
                .id(new EventId(row.getEventId()))
                .account(row.getAccount())
                .provider(Provider.valueOf(origin.getProvider()))
                .product(orNull(origin.getProduct()))
                .type(TypeCodes.type(row.getEventType()))
                .occurredAt(row.getOccurredAt())
                .campaignId(StoredDimensions.required(dims.campaigns(), row.getCampaignKey(), "campaign")
                        .getCampaignId())
                .parentCampaignId(orNull(origin.getParentCampaignId()))
                .recipient(recipientOf(row, recipient, dims))
                .link(StoredDimensions.ifKeyed(dims.links(), row.getLinkKey(), "link", link -> linkOf(link, row)))
                .client(StoredDimensions.ifKeyed(
                        dims.clients(), row.getClientKey(), "client", client -> clientOf(client, row, dims)))
                .bounce(StoredDimensions.ifKeyed(dims.bounces(), row.getBounceKey(), "bounce", EventRecords::bounceOf))
                .providerEventId(ProviderEventIds.read(row.getEventId(), row.getProviderEventId()))
                .machine(MachineVerdict.fromMask(row.getMachineReasons()))
                .build();
    }

    /** The recipient with the event's further address, or with its home address if it has none. */
    private static Recipient recipientOf(StoredEventRecord row, EventRecipientRecord recipient, StoredDimensions dims) {
        if (row.getAddressKey() == null) {
            return new Recipient(
                    recipient.getRecipientId(),
                    orNull(recipient.getEmail()),
                    orNull(recipient.getProfileId()),
                    orNull(recipient.getSubprofileId()));
        }
        EventAddressRecord address = StoredDimensions.required(dims.addresses(), row.getAddressKey(), "address");
        return new Recipient(
                recipient.getRecipientId(),
                orNull(address.getEmail()),
                orNull(address.getProfileId()),
                orNull(address.getSubprofileId()));
    }

    private static Link linkOf(EventLinkRecord link, StoredEventRecord row) {
        return new Link(link.getUrl(), orNull(link.getLinkId()), row.getLinkTitle());
    }

    private static Client clientOf(EventClientRecord client, StoredEventRecord row, StoredDimensions dims) {
        return new Client(
                orNull(client.getIp()),
                orNull(client.getUserAgent()),
                DeviceType.valueOf(client.getDeviceType()),
                orNull(client.getReferer()),
                parsedOf(row.getAgentKey(), dims));
    }

    static ParsedClient parsedOf(Integer agentKey, StoredDimensions dims) {
        if (agentKey == null) {
            return ParsedClient.UNKNOWN;
        }
        EventAgentRecord agent = StoredDimensions.required(dims.agents(), agentKey, "agent");
        return parsed(agent);
    }

    static ParsedClient parsed(EventAgentRecord agent) {
        return new ParsedClient(
                orNull(agent.getDeviceClass()),
                orNull(agent.getOperatingSystem()),
                orNull(agent.getAgentName()),
                orNull(agent.getAgentVersion()),
                orNull(agent.getAgentClass()));
    }

    private static Bounce bounceOf(EventBounceRecord bounce) {
        return new Bounce(
                orNull(bounce.getCode()),
                BounceCategory.valueOf(bounce.getCategory()),
                orNull(bounce.getDescription()));
    }
}
