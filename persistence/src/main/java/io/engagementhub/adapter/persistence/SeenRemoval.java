package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Row2;
import org.jooq.Select;

/**
 * The distinct-recipient side of an erasure, run after the events went: a recipient stops counting
 * for a campaign's type (or link) when no event of theirs is left there under any of their
 * addresses; their seen row goes and the distinct count drops by one.
 */
final class SeenRemoval {

    private SeenRemoval() {}

    /**
     * @param typesErased the (campaign key, type code) pairs of the erased events
     * @param linksErased the (campaign key, link key) pairs of the erased clicks
     */
    static void forget(
            DSLContext tx,
            Set<Integer> recipients,
            List<Row2<Integer, Short>> typesErased,
            List<Row2<Integer, Integer>> linksErased) {
        if (!typesErased.isEmpty()) {
            forgetTypes(tx, recipients, typesErased);
        }
        if (!linksErased.isEmpty()) {
            forgetLinks(tx, recipients, linksErased);
        }
    }

    private static void forgetTypes(DSLContext tx, Set<Integer> recipients, List<Row2<Integer, Short>> erased) {
        var seen = CAMPAIGN_TYPE_RECIPIENT;
        var gone = tx.selectFrom(seen)
                .where(seen.RECIPIENT_KEY.in(recipients))
                .and(row(seen.CAMPAIGN_KEY, seen.EVENT_TYPE).in(erased))
                .and(notExists(selectOne()
                        .from(STORED_EVENT)
                        .where(STORED_EVENT.ADDRESS_KEY.in(addressesOf(seen.RECIPIENT_KEY)))
                        .and(STORED_EVENT.CAMPAIGN_KEY.eq(seen.CAMPAIGN_KEY))
                        .and(STORED_EVENT.EVENT_TYPE.eq(seen.EVENT_TYPE))))
                .orderBy(seen.CAMPAIGN_KEY, seen.EVENT_TYPE, seen.RECIPIENT_KEY)
                .fetch();
        for (var row : gone) {
            tx.deleteFrom(seen)
                    .where(seen.CAMPAIGN_KEY.eq(row.getCampaignKey()))
                    .and(seen.EVENT_TYPE.eq(row.getEventType()))
                    .and(seen.RECIPIENT_KEY.eq(row.getRecipientKey()))
                    .execute();
            tx.update(CAMPAIGN_TYPE_COUNT)
                    .set(CAMPAIGN_TYPE_COUNT.RECIPIENTS, CAMPAIGN_TYPE_COUNT.RECIPIENTS.minus(1L))
                    .where(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY.eq(row.getCampaignKey()))
                    .and(CAMPAIGN_TYPE_COUNT.EVENT_TYPE.eq(row.getEventType()))
                    .execute();
        }
    }

    private static void forgetLinks(DSLContext tx, Set<Integer> recipients, List<Row2<Integer, Integer>> erased) {
        var seen = CAMPAIGN_LINK_RECIPIENT;
        var gone = tx.selectFrom(seen)
                .where(seen.RECIPIENT_KEY.in(recipients))
                .and(row(seen.CAMPAIGN_KEY, seen.LINK_KEY).in(erased))
                .and(notExists(selectOne()
                        .from(STORED_EVENT)
                        .where(STORED_EVENT.ADDRESS_KEY.in(addressesOf(seen.RECIPIENT_KEY)))
                        .and(STORED_EVENT.CAMPAIGN_KEY.eq(seen.CAMPAIGN_KEY))
                        .and(STORED_EVENT.LINK_KEY.eq(seen.LINK_KEY))
                        .and(STORED_EVENT.EVENT_TYPE.eq(TypeCodes.CLICKED))))
                .orderBy(seen.CAMPAIGN_KEY, seen.LINK_KEY, seen.RECIPIENT_KEY)
                .fetch();
        for (var row : gone) {
            tx.deleteFrom(seen)
                    .where(seen.CAMPAIGN_KEY.eq(row.getCampaignKey()))
                    .and(seen.LINK_KEY.eq(row.getLinkKey()))
                    .and(seen.RECIPIENT_KEY.eq(row.getRecipientKey()))
                    .execute();
            tx.update(CAMPAIGN_LINK_COUNT)
                    .set(CAMPAIGN_LINK_COUNT.RECIPIENTS, CAMPAIGN_LINK_COUNT.RECIPIENTS.minus(1L))
                    .where(CAMPAIGN_LINK_COUNT.CAMPAIGN_KEY.eq(row.getCampaignKey()))
                    .and(CAMPAIGN_LINK_COUNT.LINK_KEY.eq(row.getLinkKey()))
                    .execute();
        }
    }

    private static Select<Record1<Integer>> addressesOf(Field<Integer> recipient) {
        return select(EVENT_ADDRESS.ADDRESS_KEY).from(EVENT_ADDRESS).where(EVENT_ADDRESS.RECIPIENT_KEY.eq(recipient));
    }
}
