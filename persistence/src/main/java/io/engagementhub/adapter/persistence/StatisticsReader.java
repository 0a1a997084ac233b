package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_FACET_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_LINK;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.LinkStatistics;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.MachineReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * A campaign's statistics, read from the maintained counters (a few rows per campaign, whatever
 * its number of events) in one transaction.
 */
final class StatisticsReader {

    /** Most clicked first, then by url, then by link id (a missing id first), comparing by code point. */
    static final Comparator<LinkStatistics> LINK_ORDER = Comparator.comparingLong(
                    (LinkStatistics l) -> l.clicks().total())
            .reversed()
            .thenComparing(LinkStatistics::url)
            .thenComparing(l -> Objects.requireNonNullElse(l.id(), ""));

    private StatisticsReader() {}

    static CampaignStatistics read(DSLContext dsl, String account, String campaignId) {
        return dsl.transactionResult(tx -> {
            Integer campaign = tx.dsl()
                    .select(EVENT_CAMPAIGN.CAMPAIGN_KEY)
                    .from(EVENT_CAMPAIGN)
                    .where(EVENT_CAMPAIGN.ACCOUNT.eq(account))
                    .and(EVENT_CAMPAIGN.CAMPAIGN_ID.eq(campaignId))
                    .fetchOne(EVENT_CAMPAIGN.CAMPAIGN_KEY);
            if (campaign == null) {
                return new CampaignStatistics(account, campaignId, Map.of(), List.of(), Map.of());
            }
            Map<EngagementType, Count> all = new EnumMap<>(EngagementType.class);
            Map<EngagementType, Count> human = new EnumMap<>(EngagementType.class);
            tx.dsl()
                    .selectFrom(CAMPAIGN_TYPE_COUNT)
                    .where(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY.eq(campaign))
                    .forEach(row -> {
                        EngagementType type = TypeCodes.type(row.getEventType());
                        all.put(type, new Count(row.getEvents(), row.getRecipients()));
                        if (row.getHumanEvents() > 0) {
                            human.put(type, new Count(row.getHumanEvents(), row.getHumanRecipients()));
                        }
                    });
            Map<DeviceType, Long> devices = new EnumMap<>(DeviceType.class);
            Map<MachineReason, Long> machine = new EnumMap<>(MachineReason.class);
            Map<String, Long> systems = new TreeMap<>();
            Map<String, Long> clients = new TreeMap<>();
            tx.dsl()
                    .selectFrom(CAMPAIGN_FACET_COUNT)
                    .where(CAMPAIGN_FACET_COUNT.CAMPAIGN_KEY.eq(campaign))
                    .forEach(row -> {
                        switch (row.getFacet()) {
                            case CampaignCounts.DEVICE ->
                                devices.put(DeviceType.valueOf(row.getName()), row.getEvents());
                            case CampaignCounts.MACHINE_REASON ->
                                machine.put(MachineReason.valueOf(row.getName()), row.getEvents());
                            case CampaignCounts.OPERATING_SYSTEM -> systems.put(row.getName(), row.getEvents());
                            case CampaignCounts.EMAIL_CLIENT -> clients.put(row.getName(), row.getEvents());
                            default -> throw new IllegalStateException("unknown facet " + row.getFacet());
                        }
                    });
            return new CampaignStatistics(
                    account,
                    campaignId,
                    all,
                    links(tx.dsl(), campaign),
                    devices,
                    new MachineFigures(human, machine, systems, clients));
        });
    }

    private static List<LinkStatistics> links(DSLContext dsl, int campaign) {
        List<LinkStatistics> links = new ArrayList<>(dsl.select(
                        EVENT_LINK.URL, EVENT_LINK.LINK_ID, CAMPAIGN_LINK_COUNT.CLICKS, CAMPAIGN_LINK_COUNT.RECIPIENTS)
                .from(CAMPAIGN_LINK_COUNT)
                .join(EVENT_LINK)
                .on(EVENT_LINK.LINK_KEY.eq(CAMPAIGN_LINK_COUNT.LINK_KEY))
                .where(CAMPAIGN_LINK_COUNT.CAMPAIGN_KEY.eq(campaign))
                .fetch(row -> new LinkStatistics(
                        row.value1(), EventDimensions.orNull(row.value2()), new Count(row.value3(), row.value4()))));
        links.sort(LINK_ORDER);
        return links;
    }
}
