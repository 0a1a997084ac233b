package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_DETAIL;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;

import io.engagementhub.adapter.persistence.jooq.tables.records.CampaignDetailRecord;
import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignCursor;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.CampaignSummary;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.CampaignStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The {@link CampaignStore} on jOOQ: details in {@code campaign_detail}; the listing pages dated
 * campaigns by the keyset index (send time descending, id), then the undated ones (details without
 * a send time, and campaigns that have events but no dated details) by id, and reads each listed
 * campaign's headline figures from the maintained counters (a few rows per campaign).
 */
record JooqCampaignStore(DSLContext dsl, RaceRetry retry) implements CampaignStore {

    JooqCampaignStore(DSLContext dsl) {
        this(dsl, RaceRetry.forData("campaign-store"));
    }

    @Override
    public int save(String account, Collection<Campaign> campaigns) {
        Require.nonBlank(account, "account");
        Map<String, Campaign> byId = new LinkedHashMap<>();
        for (Campaign campaign : campaigns) {
            if (!campaign.account().equals(account)) {
                throw new IllegalArgumentException(
                        "campaign " + campaign.campaignId() + " belongs to account " + campaign.account());
            }
            byId.put(campaign.campaignId(), campaign);
        }
        if (byId.isEmpty()) {
            return 0;
        }
        return retry.run(
                "storing the details of " + byId.size() + " campaigns of account " + account,
                () -> dsl.transactionResult(tx -> saveChanged(tx.dsl(), account, byId)));
    }

    private static int saveChanged(DSLContext tx, String account, Map<String, Campaign> byId) {
        Map<String, Campaign> stored = read(tx, account, byId.keySet());
        List<CampaignDetailRecord> inserts = new ArrayList<>();
        int changed = 0;
        for (Campaign campaign : byId.values()) {
            Campaign before = stored.get(campaign.campaignId());
            if (campaign.equals(before)) {
                continue;
            }
            changed++;
            if (before == null) {
                inserts.add(record(campaign));
            } else {
                tx.update(CAMPAIGN_DETAIL)
                        .set(record(campaign))
                        .where(CAMPAIGN_DETAIL.ACCOUNT.eq(account))
                        .and(CAMPAIGN_DETAIL.CAMPAIGN_ID.eq(campaign.campaignId()))
                        .execute();
            }
        }
        if (!inserts.isEmpty()) {
            tx.batchInsert(inserts).execute();
        }
        return changed;
    }

    @Override
    public Map<String, Campaign> find(String account, Set<String> campaignIds) {
        Require.nonBlank(account, "account");
        return retry.run(
                "reading the details of " + campaignIds.size() + " campaigns of account " + account,
                () -> read(dsl, account, campaignIds));
    }

    @Override
    public CampaignPage list(CampaignQuery query) {
        Objects.requireNonNull(query, "query");
        return retry.run(
                "listing the campaigns of account " + query.account(),
                () -> dsl.transactionResult(tx -> page(tx.dsl(), query)));
    }

    private static CampaignPage page(DSLContext tx, CampaignQuery query) {
        String account = query.account();
        CampaignCursor after = query.after();
        int wanted = query.limit() + 1;
        List<Campaign> listed = new ArrayList<>();
        if (after == null || after.sentAt() != null) {
            listed.addAll(dated(tx, account, after, wanted));
        }
        if (listed.size() < wanted) {
            String afterId = after != null && after.sentAt() == null ? after.campaignId() : null;
            List<String> ids = undatedIds(tx, account, afterId, wanted - listed.size());
            Map<String, Campaign> details = read(tx, account, Set.copyOf(ids));
            ids.forEach(id -> listed.add(details.getOrDefault(id, Campaign.unnamed(account, id))));
        }
        List<Campaign> page = listed.subList(0, Math.min(query.limit(), listed.size()));
        Map<String, CampaignStatistics> counts = counts(tx, account, page);
        List<CampaignSummary> items = page.stream()
                .map(c -> CampaignSummary.of(c, counts.get(c.campaignId())))
                .toList();
        CampaignCursor next = listed.size() > query.limit() ? CampaignCursor.after(page.get(page.size() - 1)) : null;
        return new CampaignPage(items, next);
    }

    private static List<Campaign> dated(DSLContext tx, String account, CampaignCursor after, int limit) {
        Condition afterCursor = after == null
                ? DSL.noCondition()
                : CAMPAIGN_DETAIL
                        .SENT_AT
                        .lt(after.sentAt())
                        .or(CAMPAIGN_DETAIL
                                .SENT_AT
                                .eq(after.sentAt())
                                .and(CAMPAIGN_DETAIL.CAMPAIGN_ID.gt(after.campaignId())));
        return tx.selectFrom(CAMPAIGN_DETAIL)
                .where(CAMPAIGN_DETAIL.ACCOUNT.eq(account))
                .and(CAMPAIGN_DETAIL.SENT_AT.isNotNull())
                .and(afterCursor)
                .orderBy(CAMPAIGN_DETAIL.SENT_AT.desc(), CAMPAIGN_DETAIL.CAMPAIGN_ID.asc())
                .limit(limit)
                .fetch(JooqCampaignStore::campaign);
    }

    /**
     * Ids of the undated campaigns after {@code afterId} (null: from the first), in id order: details
     * without a send time, and campaigns with events whose details (if any) have no send time.
     */
    private static List<String> undatedIds(DSLContext tx, String account, String afterId, int limit) {
        var withoutDate = DSL.select(CAMPAIGN_DETAIL.CAMPAIGN_ID.as("campaign_id"))
                .from(CAMPAIGN_DETAIL)
                .where(CAMPAIGN_DETAIL.ACCOUNT.eq(account))
                .and(CAMPAIGN_DETAIL.SENT_AT.isNull())
                .and(afterId == null ? DSL.noCondition() : CAMPAIGN_DETAIL.CAMPAIGN_ID.gt(afterId));
        var eventsOnly = DSL.select(EVENT_CAMPAIGN.CAMPAIGN_ID.as("campaign_id"))
                .from(EVENT_CAMPAIGN)
                .where(EVENT_CAMPAIGN.ACCOUNT.eq(account))
                .and(afterId == null ? DSL.noCondition() : EVENT_CAMPAIGN.CAMPAIGN_ID.gt(afterId))
                .andNotExists(DSL.selectOne()
                        .from(CAMPAIGN_DETAIL)
                        .where(CAMPAIGN_DETAIL.ACCOUNT.eq(EVENT_CAMPAIGN.ACCOUNT))
                        .and(CAMPAIGN_DETAIL.CAMPAIGN_ID.eq(EVENT_CAMPAIGN.CAMPAIGN_ID))
                        .and(CAMPAIGN_DETAIL.SENT_AT.isNotNull()));
        Table<?> undated = withoutDate.union(eventsOnly).asTable("undated");
        Field<String> id = undated.field("campaign_id", String.class);
        return tx.select(id).from(undated).orderBy(id).limit(limit).fetch(id);
    }

    /** The counts per type of each of {@code campaigns}, zero for those without events. */
    private static Map<String, CampaignStatistics> counts(DSLContext tx, String account, List<Campaign> campaigns) {
        Map<Integer, String> idOfKey = new HashMap<>();
        for (List<String> chunk :
                Chunks.of(tx, campaigns.stream().map(Campaign::campaignId).toList())) {
            tx.select(EVENT_CAMPAIGN.CAMPAIGN_KEY, EVENT_CAMPAIGN.CAMPAIGN_ID)
                    .from(EVENT_CAMPAIGN)
                    .where(EVENT_CAMPAIGN.ACCOUNT.eq(account))
                    .and(Chunks.in(tx, EVENT_CAMPAIGN.CAMPAIGN_ID, chunk))
                    .forEach(row -> idOfKey.put(row.value1(), row.value2()));
        }
        Map<String, Map<EngagementType, Count>> byId = new HashMap<>();
        Map<String, Map<EngagementType, Count>> humanById = new HashMap<>();
        if (!idOfKey.isEmpty()) {
            tx.selectFrom(CAMPAIGN_TYPE_COUNT)
                    .where(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY.in(idOfKey.keySet()))
                    .forEach(row -> {
                        String id = idOfKey.get(row.getCampaignKey());
                        EngagementType type = TypeCodes.type(row.getEventType());
                        byId.computeIfAbsent(id, k -> new EnumMap<>(EngagementType.class))
                                .put(type, new Count(row.getEvents(), row.getRecipients()));
                        if (row.getHumanEvents() > 0) {
                            humanById
                                    .computeIfAbsent(id, k -> new EnumMap<>(EngagementType.class))
                                    .put(type, new Count(row.getHumanEvents(), row.getHumanRecipients()));
                        }
                    });
        }
        Map<String, CampaignStatistics> counts = new HashMap<>();
        for (Campaign campaign : campaigns) {
            counts.put(
                    campaign.campaignId(),
                    new CampaignStatistics(
                            account,
                            campaign.campaignId(),
                            byId.getOrDefault(campaign.campaignId(), Map.of()),
                            List.of(),
                            Map.of(),
                            new MachineFigures(
                                    humanById.getOrDefault(campaign.campaignId(), Map.of()),
                                    Map.of(),
                                    Map.of(),
                                    Map.of())));
        }
        return counts;
    }

    private static Map<String, Campaign> read(DSLContext tx, String account, Set<String> campaignIds) {
        Map<String, Campaign> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(tx, campaignIds)) {
            tx.selectFrom(CAMPAIGN_DETAIL)
                    .where(CAMPAIGN_DETAIL.ACCOUNT.eq(account))
                    .and(Chunks.in(tx, CAMPAIGN_DETAIL.CAMPAIGN_ID, chunk))
                    .forEach(row -> found.put(row.getCampaignId(), campaign(row)));
        }
        return found;
    }

    private static Campaign campaign(CampaignDetailRecord row) {
        return new Campaign(
                row.getAccount(),
                row.getCampaignId(),
                row.getName(),
                row.getSubject(),
                row.getSentAt(),
                row.getRecipients());
    }

    private static CampaignDetailRecord record(Campaign campaign) {
        return new CampaignDetailRecord(
                campaign.account(),
                campaign.campaignId(),
                campaign.name(),
                campaign.subject(),
                campaign.sentAt(),
                campaign.recipients());
    }
}
