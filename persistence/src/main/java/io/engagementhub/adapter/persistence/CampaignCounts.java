package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_FACET_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static org.jooq.impl.DSL.excluded;

import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

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
        var typeCounts = CAMPAIGN_TYPE_COUNT;
        addCounts(
                tx,
                typeCounts,
                List.of(typeCounts.CAMPAIGN_KEY, typeCounts.EVENT_TYPE),
                List.of(typeCounts.EVENTS, typeCounts.RECIPIENTS, typeCounts.HUMAN_EVENTS, typeCounts.HUMAN_RECIPIENTS),
                types,
                (key, f) ->
                        List.of(key.campaign(), key.type(), f.events, f.recipients, f.humanEvents, f.humanRecipients));
        var linkCounts = CAMPAIGN_LINK_COUNT;
        addCounts(
                tx,
                linkCounts,
                List.of(linkCounts.CAMPAIGN_KEY, linkCounts.LINK_KEY),
                List.of(linkCounts.CLICKS, linkCounts.RECIPIENTS),
                links,
                (key, f) -> List.of(key.campaign(), key.link(), f.clicks, f.recipients));
        var facetCounts = CAMPAIGN_FACET_COUNT;
        addCounts(
                tx,
                facetCounts,
                List.of(facetCounts.CAMPAIGN_KEY, facetCounts.FACET, facetCounts.NAME),
                List.of(facetCounts.EVENTS),
                facets,
                (key, events) -> List.of(key.campaign(), key.facet(), key.name(), events));
        if (removed) {
            dropEmpty(tx);
        }
    }

    /**
     * Adds each row's counters to the stored row with its key, inserting the row where there is
     * none. One statement in a JDBC batch, bound once per row: one text for jOOQ to render and the
     * database to parse, whatever the page's number of rows.
     */
    private static <K, V> void addCounts(
            DSLContext tx,
            Table<?> table,
            List<? extends Field<?>> keys,
            List<? extends Field<Long>> counters,
            Map<K, V> rows,
            BiFunction<K, V, List<?>> values) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> columns = new ArrayList<>(keys);
        columns.addAll(counters);
        Map<Field<Long>, Field<Long>> added = new LinkedHashMap<>();
        counters.forEach(counter -> added.put(counter, counter.plus(excluded(counter))));
        BatchBindStep upsert = tx.batch(tx.insertInto(table, columns)
                .values(Collections.nCopies(columns.size(), null))
                .onConflict(keys)
                .doUpdate()
                .set(added));
        for (var row : rows.entrySet()) {
            upsert = upsert.bind(values.apply(row.getKey(), row.getValue()).toArray());
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
