package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Recipient;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The dimension tables of the compact store, and the turning of events into narrow rows with
 * their keys. An absent optional text is '' in a dimension row (see the V3 migration).
 */
final class EventDimensions {

    final Dimension campaigns =
            new Dimension("event_campaign", "campaign_key", List.of("campaign_id", "account"), true);
    final Dimension origins =
            new Dimension("event_origin", "origin_key", List.of("provider", "product", "parent_campaign_id"), true);
    final Dimension recipients;
    final Dimension addresses;
    final Dimension links = new Dimension("event_link", "link_key", List.of("url", "link_id"), true);
    final Dimension clients =
            new Dimension("event_client", "client_key", List.of("ip", "user_agent", "device_type", "referer"), true);
    final Dimension bounces =
            new Dimension("event_bounce", "bounce_key", List.of("code", "category", "description"), true);
    final Dimension agents = new Dimension(
            "event_agent",
            "agent_key",
            List.of("agent_name", "agent_version", "operating_system", "device_class", "agent_class"),
            true);

    /**
     * @param oneProcess whether no other process writes the database (embedded H2): then recipient
     *     and address keys are cached too, since only this process's erasures can delete those rows
     */
    EventDimensions(boolean oneProcess) {
        recipients = new Dimension("event_recipient", "recipient_key", List.of("recipient_id", "account"), oneProcess);
        addresses = new Dimension(
                "event_address",
                "address_key",
                List.of("recipient_key", "email", "profile_id", "subprofile_id"),
                oneProcess);
    }

    /** The resolved keys of one page, to cache once its transaction committed. */
    record Resolved(List<NarrowRow> rows, List<DimensionLookup> lookups, List<Dimension> dimensions) {}

    Resolved resolve(Connection connection, List<EngagementEvent> events) throws SQLException {
        DimensionLookup campaign = campaigns.resolve(connection, distinct(events, EventDimensions::campaignOf));
        DimensionLookup origin = origins.resolve(connection, distinct(events, EventDimensions::originOf));
        DimensionLookup recipient = recipients.resolve(connection, distinct(events, EventDimensions::recipientOf));
        DimensionLookup address = addresses.resolve(
                connection, distinct(events, e -> addressOf(recipient.keyOf(recipientOf(e)), e.recipient())));
        DimensionLookup link = links.resolve(connection, distinctPresent(events, e -> linkOf(e.link())));
        DimensionLookup client = clients.resolve(connection, distinctPresent(events, e -> clientOf(e.client())));
        DimensionLookup bounce = bounces.resolve(connection, distinctPresent(events, e -> bounceOf(e.bounce())));
        DimensionLookup agent = agents.resolve(connection, distinctPresent(events, e -> agentOf(e.client())));
        List<NarrowRow> rows = new ArrayList<>(events.size());
        for (EngagementEvent e : events) {
            int recipientKey = recipient.keyOf(recipientOf(e));
            short type = TypeCodes.of(e.type());
            rows.add(new NarrowRow(
                    e.account(),
                    e.id().value(),
                    type,
                    e.occurredAt(),
                    campaign.keyOf(campaignOf(e)),
                    origin.keyOf(originOf(e)),
                    address.keyOf(addressOf(recipientKey, e.recipient())),
                    recipientKey,
                    e.link() == null ? null : link.keyOf(linkOf(e.link())),
                    e.link() == null ? null : e.link().title(),
                    e.client() == null ? null : client.keyOf(clientOf(e.client())),
                    e.bounce() == null ? null : bounce.keyOf(bounceOf(e.bounce())),
                    e.providerEventId(),
                    TypeCodes.countsPerDevice(type) ? deviceOf(e.client()) : null,
                    e.machine().mask(),
                    agentOf(e.client()) == null ? null : agent.keyOf(agentOf(e.client())),
                    e.client() == null ? ParsedClient.UNKNOWN : e.client().parsed()));
        }
        return new Resolved(
                rows,
                List.of(campaign, origin, recipient, address, link, client, bounce, agent),
                List.of(campaigns, origins, recipients, addresses, links, clients, bounces, agents));
    }

    /** Caches what a committed append resolved. */
    void remember(Resolved resolved) {
        for (int i = 0; i < resolved.lookups().size(); i++) {
            resolved.dimensions().get(i).remember(resolved.lookups().get(i));
        }
    }

    /** After an erasure: recipients and addresses may be gone. */
    void forgetRecipients() {
        recipients.forget();
        addresses.forget();
    }

    private static Set<List<Object>> distinct(
            List<EngagementEvent> events, Function<EngagementEvent, List<Object>> of) {
        Set<List<Object>> values = new LinkedHashSet<>();
        for (EngagementEvent event : events) {
            values.add(of.apply(event));
        }
        return values;
    }

    private static Set<List<Object>> distinctPresent(
            List<EngagementEvent> events, Function<EngagementEvent, List<Object>> of) {
        Set<List<Object>> values = new LinkedHashSet<>();
        for (EngagementEvent event : events) {
            List<Object> value = of.apply(event);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<Object> campaignOf(EngagementEvent e) {
        return List.of(e.campaignId(), e.account());
    }

    private static List<Object> originOf(EngagementEvent e) {
        return List.of(e.provider().name(), text(e.product()), text(e.parentCampaignId()));
    }

    private static List<Object> recipientOf(EngagementEvent e) {
        return List.of(e.recipient().id(), e.account());
    }

    private static List<Object> addressOf(int recipientKey, Recipient r) {
        return List.of(recipientKey, text(r.email()), text(r.profileId()), text(r.subprofileId()));
    }

    private static List<Object> linkOf(Link link) {
        return link == null ? null : List.of(link.url(), text(link.id()));
    }

    private static List<Object> clientOf(Client c) {
        return c == null
                ? null
                : List.of(text(c.ip()), text(c.userAgent()), c.deviceType().name(), text(c.referer()));
    }

    /** The agent row of a parsed client, or null when there is nothing parsed. */
    static List<Object> agentOf(Client c) {
        if (c == null || c.parsed().isUnknown()) {
            return null;
        }
        ParsedClient p = c.parsed();
        return List.of(
                text(p.agentName()),
                text(p.agentVersion()),
                text(p.operatingSystem()),
                text(p.deviceClass()),
                text(p.agentClass()));
    }

    private static List<Object> bounceOf(Bounce b) {
        return b == null ? null : List.of(text(b.code()), b.category().name(), text(b.description()));
    }

    private static String deviceOf(Client client) {
        return client == null ? DeviceType.UNKNOWN.name() : client.deviceType().name();
    }
}
