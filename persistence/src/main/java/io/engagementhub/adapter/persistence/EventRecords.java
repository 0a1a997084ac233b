package io.engagementhub.adapter.persistence;

import io.engagementhub.adapter.persistence.jooq.tables.records.EngagementEventRecord;
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
import io.engagementhub.domain.port.out.EventStoreException;

/**
 * Maps events to rows of {@code engagement_event} and back. An optional part is stored as NULL in
 * all its columns; it is absent on the way back exactly when its mandatory column is NULL.
 */
final class EventRecords {

    private EventRecords() {}

    static EngagementEventRecord toRecord(EngagementEvent event) {
        EngagementEventRecord row = new EngagementEventRecord();
        row.setAccount(event.account());
        row.setEventId(event.id().value());
        row.setProvider(event.provider().name());
        row.setProduct(event.product());
        row.setEventType(event.type().name());
        row.setOccurredAt(event.occurredAt());
        row.setCampaignId(event.campaignId());
        row.setParentCampaignId(event.parentCampaignId());
        setRecipient(row, event.recipient());
        if (event.link() != null) {
            row.setLinkUrl(event.link().url());
            row.setLinkId(event.link().id());
            row.setLinkTitle(event.link().title());
        }
        setClient(row, event.client());
        if (event.bounce() != null) {
            row.setBounceCode(event.bounce().code());
            row.setBounceCategory(event.bounce().category().name());
            row.setBounceDescription(event.bounce().description());
        }
        row.setProviderEventId(event.providerEventId());
        return row;
    }

    private static void setRecipient(EngagementEventRecord row, Recipient recipient) {
        row.setRecipientId(recipient.id());
        row.setRecipientEmail(recipient.email());
        row.setProfileId(recipient.profileId());
        row.setSubprofileId(recipient.subprofileId());
    }

    private static void setClient(EngagementEventRecord row, Client client) {
        if (client != null) {
            row.setClientIp(client.ip());
            row.setClientUserAgent(client.userAgent());
            row.setClientDeviceType(client.deviceType().name());
            row.setClientReferer(client.referer());
        }
    }

    /** The stored event; a row the domain rejects fails naming the event. */
    static EngagementEvent fromRecord(EngagementEventRecord row) {
        try {
            return event(row);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventStoreException(
                    "stored event " + row.getEventId() + " of account " + row.getAccount() + " cannot be read: "
                            + e.getMessage(),
                    e);
        }
    }

    private static EngagementEvent event(EngagementEventRecord row) {
        return EngagementEvent.builder()
                .id(new EventId(row.getEventId()))
                .account(row.getAccount())
                .provider(Provider.valueOf(row.getProvider()))
                .product(row.getProduct())
                .type(EngagementType.valueOf(row.getEventType()))
                .occurredAt(row.getOccurredAt())
                .campaignId(row.getCampaignId())
                .parentCampaignId(row.getParentCampaignId())
                .recipient(new Recipient(
                        row.getRecipientId(), row.getRecipientEmail(), row.getProfileId(), row.getSubprofileId()))
                .link(row.getLinkUrl() == null ? null : new Link(row.getLinkUrl(), row.getLinkId(), row.getLinkTitle()))
                .client(clientOf(row))
                .bounce(bounceOf(row))
                .providerEventId(row.getProviderEventId())
                .build();
    }

    private static Client clientOf(EngagementEventRecord row) {
        if (row.getClientDeviceType() == null) {
            return null;
        }
        return new Client(
                row.getClientIp(),
                row.getClientUserAgent(),
                DeviceType.valueOf(row.getClientDeviceType()),
                row.getClientReferer());
    }

    private static Bounce bounceOf(EngagementEventRecord row) {
        if (row.getBounceCategory() == null) {
            return null;
        }
        return new Bounce(
                row.getBounceCode(), BounceCategory.valueOf(row.getBounceCategory()), row.getBounceDescription());
    }
}
