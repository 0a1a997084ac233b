package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.ENGAGEMENT_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.LinkStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * A campaign's statistics, aggregated by the database in three grouped queries run in one
 * transaction: per type, per link, per device. No event is loaded into Java.
 */
final class CampaignStatisticsQuery {

    private static final Field<String> DEVICE =
            coalesce(ENGAGEMENT_EVENT.CLIENT_DEVICE_TYPE, inline(DeviceType.UNKNOWN.name()));

    private CampaignStatisticsQuery() {}

    static CampaignStatistics compute(DSLContext dsl, String account, String campaignId) {
        Condition campaign = ENGAGEMENT_EVENT.ACCOUNT.eq(account).and(ENGAGEMENT_EVENT.CAMPAIGN_ID.eq(campaignId));
        return dsl.transactionResult(tx -> new CampaignStatistics(
                account,
                campaignId,
                byType(tx.dsl(), campaign),
                links(tx.dsl(), campaign),
                devices(tx.dsl(), campaign)));
    }

    private static Map<EngagementType, Count> byType(DSLContext dsl, Condition campaign) {
        Map<EngagementType, Count> counts = new EnumMap<>(EngagementType.class);
        dsl.select(ENGAGEMENT_EVENT.EVENT_TYPE, count(), countDistinct(ENGAGEMENT_EVENT.RECIPIENT_ID))
                .from(ENGAGEMENT_EVENT)
                .where(campaign)
                .groupBy(ENGAGEMENT_EVENT.EVENT_TYPE)
                .forEach(
                        row -> counts.put(EngagementType.valueOf(row.value1()), new Count(row.value2(), row.value3())));
        return counts;
    }

    /** Most clicked first, then by url, then by link id (a missing id first). */
    private static List<LinkStatistics> links(DSLContext dsl, Condition campaign) {
        return dsl.select(
                        ENGAGEMENT_EVENT.LINK_URL,
                        ENGAGEMENT_EVENT.LINK_ID,
                        count(),
                        countDistinct(ENGAGEMENT_EVENT.RECIPIENT_ID))
                .from(ENGAGEMENT_EVENT)
                .where(campaign.and(ENGAGEMENT_EVENT.EVENT_TYPE.eq(EngagementType.CLICKED.name())))
                .groupBy(ENGAGEMENT_EVENT.LINK_URL, ENGAGEMENT_EVENT.LINK_ID)
                .orderBy(
                        count().desc(),
                        ENGAGEMENT_EVENT.LINK_URL,
                        ENGAGEMENT_EVENT.LINK_ID.asc().nullsFirst())
                .fetch(row -> new LinkStatistics(row.value1(), row.value2(), new Count(row.value3(), row.value4())));
    }

    private static Map<DeviceType, Long> devices(DSLContext dsl, Condition campaign) {
        Map<DeviceType, Long> devices = new EnumMap<>(DeviceType.class);
        dsl.select(DEVICE, count())
                .from(ENGAGEMENT_EVENT)
                .where(campaign.and(
                        ENGAGEMENT_EVENT.EVENT_TYPE.in(EngagementType.OPENED.name(), EngagementType.CLICKED.name())))
                .groupBy(DEVICE)
                .forEach(row -> devices.put(
                        DeviceType.valueOf(row.value1()), row.value2().longValue()));
        return devices;
    }
}
