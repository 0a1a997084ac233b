package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.JdbcBatch.column;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_AGENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_BOUNCE;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CLIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_LINK;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ORIGIN;

import io.engagementhub.adapter.persistence.RecipientDimension.Address;
import io.engagementhub.adapter.persistence.RecipientDimension.RecipientRow;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventAddressRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventAgentRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventBounceRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventCampaignRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventClientRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventLinkRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.EventOriginRecord;
import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Recipient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The dimension tables of the compact store, and the turning of events into event rows with
 * their keys. An absent optional text is '' in a dimension row (see the V3 migration).
 */
final class EventDimensions {

    record CampaignRow(String campaignId, String account) {}

    record OriginRow(String provider, String product, String parentCampaignId) {}

    /** A recipient's further address: one that is not its home ({@link RecipientDimension}). */
    record AddressRow(int recipientKey, String email, String profileId, String subprofileId) {}

    record LinkRow(String url, String linkId) {}

    record ClientRow(String ip, String userAgent, String deviceType, String referer) {}

    record BounceRow(String code, String category, String description) {}

    record AgentRow(
            String agentName, String agentVersion, String operatingSystem, String deviceClass, String agentClass) {}

    final Dimension<EventCampaignRecord, CampaignRow> campaigns = new Dimension<>(
            EVENT_CAMPAIGN.CAMPAIGN_KEY,
            r -> new CampaignRow(r.getCampaignId(), r.getAccount()),
            true,
            column(EVENT_CAMPAIGN.CAMPAIGN_ID, CampaignRow::campaignId),
            column(EVENT_CAMPAIGN.ACCOUNT, CampaignRow::account));
    final Dimension<EventOriginRecord, OriginRow> origins = new Dimension<>(
            EVENT_ORIGIN.ORIGIN_KEY,
            r -> new OriginRow(r.getProvider(), r.getProduct(), r.getParentCampaignId()),
            true,
            column(EVENT_ORIGIN.PROVIDER, OriginRow::provider),
            column(EVENT_ORIGIN.PRODUCT, OriginRow::product),
            column(EVENT_ORIGIN.PARENT_CAMPAIGN_ID, OriginRow::parentCampaignId));
    final RecipientDimension recipients;
    final Dimension<EventAddressRecord, AddressRow> addresses;
    final Dimension<EventLinkRecord, LinkRow> links = new Dimension<>(
            EVENT_LINK.LINK_KEY,
            r -> new LinkRow(r.getUrl(), r.getLinkId()),
            true,
            column(EVENT_LINK.URL, LinkRow::url),
            column(EVENT_LINK.LINK_ID, LinkRow::linkId));
    final Dimension<EventClientRecord, ClientRow> clients = new Dimension<>(
            EVENT_CLIENT.CLIENT_KEY,
            r -> new ClientRow(r.getIp(), r.getUserAgent(), r.getDeviceType(), r.getReferer()),
            true,
            column(EVENT_CLIENT.IP, ClientRow::ip),
            column(EVENT_CLIENT.USER_AGENT, ClientRow::userAgent),
            column(EVENT_CLIENT.DEVICE_TYPE, ClientRow::deviceType),
            column(EVENT_CLIENT.REFERER, ClientRow::referer));
    final Dimension<EventBounceRecord, BounceRow> bounces = new Dimension<>(
            EVENT_BOUNCE.BOUNCE_KEY,
            r -> new BounceRow(r.getCode(), r.getCategory(), r.getDescription()),
            true,
            column(EVENT_BOUNCE.CODE, BounceRow::code),
            column(EVENT_BOUNCE.CATEGORY, BounceRow::category),
            column(EVENT_BOUNCE.DESCRIPTION, BounceRow::description));
    final Dimension<EventAgentRecord, AgentRow> agents = new Dimension<>(
            EVENT_AGENT.AGENT_KEY,
            r -> new AgentRow(
                    r.getAgentName(),
                    r.getAgentVersion(),
                    r.getOperatingSystem(),
                    r.getDeviceClass(),
                    r.getAgentClass()),
            true,
            column(EVENT_AGENT.AGENT_NAME, AgentRow::agentName),
            column(EVENT_AGENT.AGENT_VERSION, AgentRow::agentVersion),
            column(EVENT_AGENT.OPERATING_SYSTEM, AgentRow::operatingSystem),
            column(EVENT_AGENT.DEVICE_CLASS, AgentRow::deviceClass),
            column(EVENT_AGENT.AGENT_CLASS, AgentRow::agentClass));

    /**
     * @param oneProcess whether no other process writes the database (embedded H2): then recipient
     *     and address keys are cached too, since only this process's erasures can delete those rows
     */
    EventDimensions(boolean oneProcess) {
        recipients = new RecipientDimension(oneProcess);
        addresses = new Dimension<>(
                EVENT_ADDRESS.ADDRESS_KEY,
                r -> new AddressRow(r.getRecipientKey(), r.getEmail(), r.getProfileId(), r.getSubprofileId()),
                oneProcess,
                column(EVENT_ADDRESS.RECIPIENT_KEY, AddressRow::recipientKey),
                column(EVENT_ADDRESS.EMAIL, AddressRow::email),
                column(EVENT_ADDRESS.PROFILE_ID, AddressRow::profileId),
                column(EVENT_ADDRESS.SUBPROFILE_ID, AddressRow::subprofileId));
    }

    /**
     * A page's rows with their keys, the recipients new to the store (made by this transaction, so
     * nothing stored names them yet), and what to cache once the transaction committed.
     */
    record Resolved(List<EventRow> rows, Set<Integer> newRecipients, Runnable remember) {}

    Resolved resolve(DSLContext tx, List<EngagementEvent> events) {
        List<Values> values = new ArrayList<>(events.size());
        events.forEach(e -> values.add(Values.of(e)));
        var campaign = campaigns.resolve(tx, distinct(values, Values::campaign));
        var origin = origins.resolve(tx, distinct(values, Values::origin));
        var recipient = recipients.resolve(tx, firstAddresses(values));
        List<AddressRow> further = new ArrayList<>(values.size());
        values.forEach(v -> further.add(furtherAddressOf(recipient, v)));
        var address = addresses.resolve(
                tx, distinct(further, a -> a), a -> recipient.inserted().contains(a.recipientKey()));
        var link = links.resolve(tx, distinct(values, Values::link));
        var client = clients.resolve(tx, distinct(values, Values::client));
        var bounce = bounces.resolve(tx, distinct(values, Values::bounce));
        var agent = agents.resolve(tx, distinct(values, Values::agent));
        List<EventRow> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            EngagementEvent e = events.get(i);
            Values v = values.get(i);
            short type = TypeCodes.of(e.type());
            rows.add(new EventRow(
                    e.account(),
                    e.id().value(),
                    type,
                    e.occurredAt(),
                    campaign.keyOf(v.campaign()),
                    origin.keyOf(v.origin()),
                    further.get(i) == null ? null : address.keyOf(further.get(i)),
                    recipient.of(v.recipient()).key(),
                    v.link() == null ? null : link.keyOf(v.link()),
                    e.link() == null ? null : e.link().title(),
                    v.client() == null ? null : client.keyOf(v.client()),
                    v.bounce() == null ? null : bounce.keyOf(v.bounce()),
                    ProviderEventIds.stored(e.id().value(), e.providerEventId()),
                    TypeCodes.countsPerDevice(type) ? deviceOf(e.client()) : null,
                    e.machine().mask(),
                    v.agent() == null ? null : agent.keyOf(v.agent()),
                    e.client() == null ? ParsedClient.UNKNOWN : e.client().parsed()));
        }
        return new Resolved(rows, recipient.inserted(), () -> {
            campaigns.remember(campaign);
            origins.remember(origin);
            recipients.remember(recipient);
            addresses.remember(address);
            links.remember(link);
            clients.remember(client);
            bounces.remember(bounce);
            agents.remember(agent);
        });
    }

    /** An event's values in each dimension (null where it has none), taken from it once. */
    private record Values(
            CampaignRow campaign,
            OriginRow origin,
            RecipientRow recipient,
            Address address,
            LinkRow link,
            ClientRow client,
            BounceRow bounce,
            AgentRow agent) {

        static Values of(EngagementEvent e) {
            return new Values(
                    new CampaignRow(e.campaignId(), e.account()),
                    new OriginRow(e.provider().name(), text(e.product()), text(e.parentCampaignId())),
                    new RecipientRow(e.recipient().id(), e.account()),
                    addressOf(e.recipient()),
                    linkOf(e.link()),
                    clientOf(e.client()),
                    bounceOf(e.bounce()),
                    agentOf(e.client()));
        }
    }

    /** After an erasure: recipients and addresses may be gone. */
    void forgetRecipients() {
        recipients.forget();
        addresses.forget();
    }

    /** The distinct values {@code of} gives for the items, nulls left out. */
    private static <T, V> Set<V> distinct(List<T> items, Function<T, V> of) {
        Set<V> values = new LinkedHashSet<>();
        for (T item : items) {
            V value = of.apply(item);
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

    /** Each recipient of the page with its first address there, which is its home if it is new. */
    private static Map<RecipientRow, Address> firstAddresses(List<Values> values) {
        Map<RecipientRow, Address> first = new LinkedHashMap<>();
        values.forEach(v -> first.putIfAbsent(v.recipient(), v.address()));
        return first;
    }

    /** The event's address as a further address of its recipient, or null when it is the home. */
    private static AddressRow furtherAddressOf(RecipientDimension.Lookup recipients, Values v) {
        RecipientDimension.Stored stored = recipients.of(v.recipient());
        Address address = v.address();
        return address.equals(stored.home())
                ? null
                : new AddressRow(stored.key(), address.email(), address.profileId(), address.subprofileId());
    }

    private static Address addressOf(Recipient r) {
        return new Address(text(r.email()), text(r.profileId()), text(r.subprofileId()));
    }

    private static LinkRow linkOf(Link link) {
        return link == null ? null : new LinkRow(link.url(), text(link.id()));
    }

    private static ClientRow clientOf(Client c) {
        return c == null
                ? null
                : new ClientRow(
                        text(c.ip()), text(c.userAgent()), c.deviceType().name(), text(c.referer()));
    }

    /** The agent row of a parsed client, or null when there is nothing parsed. */
    static AgentRow agentOf(Client c) {
        if (c == null || c.parsed().isUnknown()) {
            return null;
        }
        ParsedClient p = c.parsed();
        return new AgentRow(
                text(p.agentName()),
                text(p.agentVersion()),
                text(p.operatingSystem()),
                text(p.deviceClass()),
                text(p.agentClass()));
    }

    private static BounceRow bounceOf(Bounce b) {
        return b == null ? null : new BounceRow(text(b.code()), b.category().name(), text(b.description()));
    }

    private static String deviceOf(Client client) {
        return client == null ? DeviceType.UNKNOWN.name() : client.deviceType().name();
    }
}
