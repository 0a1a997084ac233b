package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_FACET_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static org.jooq.impl.DSL.excluded;

import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * A change to the maintained statistics (see the V9 migration): per campaign and type, per campaign
 * and link, per campaign and facet value. Events are counted in and out here; distinct recipients
 * are added by {@link CampaignRecipients}. {@link #write} adds the change to the tables in the
 * caller's transaction: one upsert per table, rows in key order (so concurrent writers lock them in
 * one order), then the rows of touched campaigns left with no events go.
 */
final class CampaignCounts {

    static final short OPERATING_SYSTEM = 1;
    static final short EMAIL_CLIENT = 2;
    static final short DEVICE = 3;
    static final short MACHINE_REASON = 4;

    record TypeKey(int campaign, short type) {}

    record LinkKey(int campaign, int link) {}

    record FacetKey(int campaign, short facet, String name) {}

    private static final class TypeFigures {
        long events;
        long recipients;
        long humanEvents;
        long humanRecipients;
    }

    private static final class LinkFigures {
        long clicks;
        long recipients;
    }

    private final Map<TypeKey, TypeFigures> types =
            new TreeMap<>(Comparator.comparingInt(TypeKey::campaign).thenComparingInt(TypeKey::type));
    private final Map<LinkKey, LinkFigures> links =
            new TreeMap<>(Comparator.comparingInt(LinkKey::campaign).thenComparingInt(LinkKey::link));
    private final Map<FacetKey, Long> facets = new TreeMap<>(Comparator.comparingInt(FacetKey::campaign)
            .thenComparingInt(FacetKey::facet)
            .thenComparing(FacetKey::name));
    private boolean removed;

    void add(CountedEvent event) {
        count(event, 1);
    }

    void remove(CountedEvent event) {
        count(event, -1);
        removed = true;
    }

    void recipients(int campaign, short type, int delta) {
        type(campaign, type).recipients += delta;
    }

    void humanRecipients(int campaign, short type, int delta) {
        type(campaign, type).humanRecipients += delta;
    }

    void linkRecipients(int campaign, int link, int delta) {
        link(campaign, link).recipients += delta;
    }

    private void count(CountedEvent event, int sign) {
        int campaign = event.campaignKey();
        type(campaign, event.type()).events += sign;
        if (event.type() == TypeCodes.CLICKED && event.linkKey() != null) {
            link(campaign, event.linkKey()).clicks += sign;
        }
        if (!event.engagement()) {
            return;
        }
        facet(campaign, DEVICE, event.deviceType(), sign);
        if (event.human()) {
            type(campaign, event.type()).humanEvents += sign;
            facet(campaign, OPERATING_SYSTEM, event.operatingSystem(), sign);
            facet(campaign, EMAIL_CLIENT, event.emailClient(), sign);
        }
        for (MachineReason reason : MachineVerdict.fromMask(event.mask()).reasons()) {
            if (reason.machine()) {
                facet(campaign, MACHINE_REASON, reason.name(), sign);
            }
        }
    }

    private TypeFigures type(int campaign, short type) {
        return types.computeIfAbsent(new TypeKey(campaign, type), k -> new TypeFigures());
    }

    private LinkFigures link(int campaign, int link) {
        return links.computeIfAbsent(new LinkKey(campaign, link), k -> new LinkFigures());
    }

    private void facet(int campaign, short facet, String name, int sign) {
        facets.merge(new FacetKey(campaign, facet, name), (long) sign, Long::sum);
    }

    void write(DSLContext tx) {
        writeTypes(tx);
        writeLinks(tx);
        writeFacets(tx);
        if (removed) {
            dropEmpty(tx);
        }
    }

    /*
     * Each table's rows are upserted by one statement in a JDBC batch, bound once per row: one text
     * for jOOQ to render and the database to parse, whatever the page's number of rows.
     */

    private void writeTypes(DSLContext tx) {
        if (types.isEmpty()) {
            return;
        }
        var t = CAMPAIGN_TYPE_COUNT;
        BatchBindStep upsert = tx.batch(tx.insertInto(
                        t, t.CAMPAIGN_KEY, t.EVENT_TYPE, t.EVENTS, t.RECIPIENTS, t.HUMAN_EVENTS, t.HUMAN_RECIPIENTS)
                .values((Integer) null, null, null, null, null, null)
                .onConflict(t.CAMPAIGN_KEY, t.EVENT_TYPE)
                .doUpdate()
                .set(t.EVENTS, t.EVENTS.plus(excluded(t.EVENTS)))
                .set(t.RECIPIENTS, t.RECIPIENTS.plus(excluded(t.RECIPIENTS)))
                .set(t.HUMAN_EVENTS, t.HUMAN_EVENTS.plus(excluded(t.HUMAN_EVENTS)))
                .set(t.HUMAN_RECIPIENTS, t.HUMAN_RECIPIENTS.plus(excluded(t.HUMAN_RECIPIENTS))));
        for (var row : types.entrySet()) {
            TypeFigures f = row.getValue();
            upsert = upsert.bind(
                    row.getKey().campaign(),
                    row.getKey().type(),
                    f.events,
                    f.recipients,
                    f.humanEvents,
                    f.humanRecipients);
        }
        upsert.execute();
    }

    private void writeLinks(DSLContext tx) {
        if (links.isEmpty()) {
            return;
        }
        var t = CAMPAIGN_LINK_COUNT;
        BatchBindStep upsert = tx.batch(tx.insertInto(t, t.CAMPAIGN_KEY, t.LINK_KEY, t.CLICKS, t.RECIPIENTS)
                .values((Integer) null, null, null, null)
                .onConflict(t.CAMPAIGN_KEY, t.LINK_KEY)
                .doUpdate()
                .set(t.CLICKS, t.CLICKS.plus(excluded(t.CLICKS)))
                .set(t.RECIPIENTS, t.RECIPIENTS.plus(excluded(t.RECIPIENTS))));
        for (var row : links.entrySet()) {
            LinkFigures f = row.getValue();
            upsert = upsert.bind(row.getKey().campaign(), row.getKey().link(), f.clicks, f.recipients);
        }
        upsert.execute();
    }

    private void writeFacets(DSLContext tx) {
        if (facets.isEmpty()) {
            return;
        }
        var t = CAMPAIGN_FACET_COUNT;
        BatchBindStep upsert = tx.batch(tx.insertInto(t, t.CAMPAIGN_KEY, t.FACET, t.NAME, t.EVENTS)
                .values((Integer) null, null, null, null)
                .onConflict(t.CAMPAIGN_KEY, t.FACET, t.NAME)
                .doUpdate()
                .set(t.EVENTS, t.EVENTS.plus(excluded(t.EVENTS))));
        for (var row : facets.entrySet()) {
            FacetKey key = row.getKey();
            upsert = upsert.bind(key.campaign(), key.facet(), key.name(), row.getValue());
        }
        upsert.execute();
    }

    /** Deletes the rows of the touched campaigns that count no event any more. */
    private void dropEmpty(DSLContext tx) {
        Set<Integer> campaigns = new TreeSet<>();
        types.keySet().forEach(k -> campaigns.add(k.campaign()));
        tx.deleteFrom(CAMPAIGN_TYPE_COUNT)
                .where(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY.in(campaigns))
                .and(CAMPAIGN_TYPE_COUNT.EVENTS.le(0L))
                .execute();
        tx.deleteFrom(CAMPAIGN_LINK_COUNT)
                .where(CAMPAIGN_LINK_COUNT.CAMPAIGN_KEY.in(campaigns))
                .and(CAMPAIGN_LINK_COUNT.CLICKS.le(0L))
                .execute();
        tx.deleteFrom(CAMPAIGN_FACET_COUNT)
                .where(CAMPAIGN_FACET_COUNT.CAMPAIGN_KEY.in(campaigns))
                .and(CAMPAIGN_FACET_COUNT.EVENTS.le(0L))
                .execute();
    }
}
