package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_HUMAN_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * How the distinct-recipient counts change: per campaign and type (every event, and human opens and
 * clicks) and per campaign and link. {@link #apply} writes them to the count rows, which the same
 * transaction has already made or updated for the events themselves.
 */
final class RecipientChanges {

    /** A campaign and an event type code. */
    record TypeKey(int campaign, short type) {}

    /** A campaign and a link. */
    record LinkKey(int campaign, int link) {}

    private static final Comparator<TypeKey> TYPE_ORDER =
            Comparator.comparingInt(TypeKey::campaign).thenComparingInt(TypeKey::type);
    private static final Comparator<LinkKey> LINK_ORDER =
            Comparator.comparingInt(LinkKey::campaign).thenComparingInt(LinkKey::link);

    private final Map<TypeKey, Long> byType = new TreeMap<>(TYPE_ORDER);
    private final Map<TypeKey, Long> humanByType = new TreeMap<>(TYPE_ORDER);
    private final Map<LinkKey, Long> byLink = new TreeMap<>(LINK_ORDER);

    void type(int campaign, short type, int delta) {
        byType.merge(new TypeKey(campaign, type), (long) delta, Long::sum);
    }

    void humanType(int campaign, short type, int delta) {
        humanByType.merge(new TypeKey(campaign, type), (long) delta, Long::sum);
    }

    void link(int campaign, int link, int delta) {
        byLink.merge(new LinkKey(campaign, link), (long) delta, Long::sum);
    }

    Map<TypeKey, Long> byType() {
        return byType;
    }

    Map<TypeKey, Long> humanByType() {
        return humanByType;
    }

    Map<LinkKey, Long> byLink() {
        return byLink;
    }

    /**
     * Adds the changes to the count rows, in key order. A count row that is gone (its events
     * dropped to none in this transaction) takes no decrease; an increase needs its row.
     */
    void apply(DSLContext tx) {
        BatchBindStep types = tx.batch(tx.update(CAMPAIGN_TYPE_COUNT)
                .set(CAMPAIGN_TYPE_COUNT.RECIPIENTS, CAMPAIGN_TYPE_COUNT.RECIPIENTS.plus((Long) null))
                .where(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY.eq((Integer) null))
                .and(CAMPAIGN_TYPE_COUNT.EVENT_TYPE.eq((Short) null)));
        List<Map.Entry<TypeKey, Long>> typeRows = changed(byType);
        typeRows.forEach(
                e -> types.bind(e.getValue(), e.getKey().campaign(), e.getKey().type()));
        check("campaign_type_count", typeRows, typeRows.isEmpty() ? new int[0] : types.execute());

        BatchBindStep human = tx.batch(tx.update(CAMPAIGN_HUMAN_COUNT)
                .set(CAMPAIGN_HUMAN_COUNT.RECIPIENTS, CAMPAIGN_HUMAN_COUNT.RECIPIENTS.plus((Long) null))
                .where(CAMPAIGN_HUMAN_COUNT.CAMPAIGN_KEY.eq((Integer) null))
                .and(CAMPAIGN_HUMAN_COUNT.EVENT_TYPE.eq((Short) null)));
        List<Map.Entry<TypeKey, Long>> humanRows = changed(humanByType);
        humanRows.forEach(
                e -> human.bind(e.getValue(), e.getKey().campaign(), e.getKey().type()));
        check("campaign_human_count", humanRows, humanRows.isEmpty() ? new int[0] : human.execute());

        BatchBindStep links = tx.batch(tx.update(CAMPAIGN_LINK_COUNT)
                .set(CAMPAIGN_LINK_COUNT.RECIPIENTS, CAMPAIGN_LINK_COUNT.RECIPIENTS.plus((Long) null))
                .where(CAMPAIGN_LINK_COUNT.CAMPAIGN_KEY.eq((Integer) null))
                .and(CAMPAIGN_LINK_COUNT.LINK_KEY.eq((Integer) null)));
        List<Map.Entry<LinkKey, Long>> linkRows = changed(byLink);
        linkRows.forEach(
                e -> links.bind(e.getValue(), e.getKey().campaign(), e.getKey().link()));
        check("campaign_link_count", linkRows, linkRows.isEmpty() ? new int[0] : links.execute());
    }

    private static <K> List<Map.Entry<K, Long>> changed(Map<K, Long> deltas) {
        return deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
    }

    private static <K> void check(String table, List<Map.Entry<K, Long>> rows, int[] updated) {
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0 && rows.get(i).getValue() > 0) {
                throw new IllegalStateException(table + " has no row for "
                        + rows.get(i).getKey() + " to add " + rows.get(i).getValue() + " recipients to");
            }
        }
    }
}
