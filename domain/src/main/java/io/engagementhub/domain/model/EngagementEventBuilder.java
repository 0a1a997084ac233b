package io.engagementhub.domain.model;

import java.time.Instant;

/** Collects an {@link EngagementEvent}'s parts; {@link #build()} checks the invariants. */
public final class EngagementEventBuilder {

    private EventId id;
    private String account;
    private Provider provider;
    private String product;
    private EngagementType type;
    private Instant occurredAt;
    private String campaignId;
    private String parentCampaignId;
    private Recipient recipient;
    private Link link;
    private Client client;
    private Bounce bounce;
    private String providerEventId;
    private MachineVerdict machine;

    EngagementEventBuilder() {}

    EngagementEventBuilder(EngagementEvent event) {
        id = event.id();
        account = event.account();
        provider = event.provider();
        product = event.product();
        type = event.type();
        occurredAt = event.occurredAt();
        campaignId = event.campaignId();
        parentCampaignId = event.parentCampaignId();
        recipient = event.recipient();
        link = event.link();
        client = event.client();
        bounce = event.bounce();
        providerEventId = event.providerEventId();
        machine = event.machine();
    }

    public EngagementEventBuilder id(EventId value) {
        id = value;
        return this;
    }

    public EngagementEventBuilder account(String value) {
        account = value;
        return this;
    }

    public EngagementEventBuilder provider(Provider value) {
        provider = value;
        return this;
    }

    public EngagementEventBuilder product(String value) {
        product = value;
        return this;
    }

    public EngagementEventBuilder type(EngagementType value) {
        type = value;
        return this;
    }

    public EngagementEventBuilder occurredAt(Instant value) {
        occurredAt = value;
        return this;
    }

    public EngagementEventBuilder campaignId(String value) {
        campaignId = value;
        return this;
    }

    public EngagementEventBuilder parentCampaignId(String value) {
        parentCampaignId = value;
        return this;
    }

    public EngagementEventBuilder recipient(Recipient value) {
        recipient = value;
        return this;
    }

    public EngagementEventBuilder link(Link value) {
        link = value;
        return this;
    }

    public EngagementEventBuilder client(Client value) {
        client = value;
        return this;
    }

    public EngagementEventBuilder bounce(Bounce value) {
        bounce = value;
        return this;
    }

    public EngagementEventBuilder providerEventId(String value) {
        providerEventId = value;
        return this;
    }

    public EngagementEventBuilder machine(MachineVerdict value) {
        machine = value;
        return this;
    }

    /** The event; throws {@link IllegalArgumentException} or {@link NullPointerException} naming what is wrong. */
    public EngagementEvent build() {
        return new EngagementEvent(
                id,
                account,
                provider,
                product,
                type,
                occurredAt,
                campaignId,
                parentCampaignId,
                recipient,
                link,
                client,
                bounce,
                providerEventId,
                machine);
    }
}
