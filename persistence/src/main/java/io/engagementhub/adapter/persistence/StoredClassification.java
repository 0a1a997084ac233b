package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import io.engagementhub.domain.model.EngagementEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The stored side of machine-event classification: the events a rule looks at, and verdict
 * updates with the statistics they change.
 */
final class StoredClassification {

    private static final int CHUNK = 500;
    private static final List<Short> ENGAGEMENT_TYPES =
            List.of((short) 1, (short) 2, TypeCodes.OPENED, TypeCodes.CLICKED);

    private final Dimension agents;

    StoredClassification(Dimension agents) {
        this.agents = agents;
    }

    /** The stored sends, deliveries, opens and clicks of the recipients, in the campaigns (null: all). */
    static List<EngagementEvent> engagementsOf(
            DSLContext dsl, String account, Collection<String> recipientIds, Collection<String> campaignIds) {
        // The account is compared here: beside the id list, H2 would not look the ids up by index.
        List<Integer> recipients = keys(dsl, recipientIds, chunk -> dsl
                .select(EVENT_RECIPIENT.RECIPIENT_KEY, EVENT_RECIPIENT.ACCOUNT)
                .from(EVENT_RECIPIENT)
                .where(EVENT_RECIPIENT.RECIPIENT_ID.in(chunk))
                .fetch()
                .stream()
                .filter(row -> row.value2().equals(account))
                .map(row -> row.value1())
                .toList());
        List<Integer> addresses = keys(dsl, recipients, chunk -> dsl.select(EVENT_ADDRESS.ADDRESS_KEY)
                .from(EVENT_ADDRESS)
                .where(EVENT_ADDRESS.RECIPIENT_KEY.in(chunk))
                .fetch(EVENT_ADDRESS.ADDRESS_KEY));
        List<Integer> campaigns = campaignIds == null
                ? null
                : keys(dsl, campaignIds, chunk -> dsl.select(EVENT_CAMPAIGN.CAMPAIGN_KEY)
                        .from(EVENT_CAMPAIGN)
                        .where(EVENT_CAMPAIGN.CAMPAIGN_ID.in(chunk))
                        .and(EVENT_CAMPAIGN.ACCOUNT.eq(account))
                        .fetch(EVENT_CAMPAIGN.CAMPAIGN_KEY));
        if (addresses.isEmpty() || (campaigns != null && campaigns.isEmpty())) {
            return List.of();
        }
        // The campaigns are filtered here, not in SQL: with a short campaign list beside the address
        // list, H2 reads the campaign index, i.e. every event of those campaigns.
        Set<Integer> inCampaigns = campaigns == null ? null : Set.copyOf(campaigns);
        List<StoredEventRecord> rows = new ArrayList<>();
        for (int from = 0; from < addresses.size(); from += CHUNK) {
            var chunk = addresses.subList(from, Math.min(addresses.size(), from + CHUNK));
            for (StoredEventRecord row : dsl.selectFrom(STORED_EVENT)
                    .where(STORED_EVENT.ADDRESS_KEY.in(chunk))
                    .and(STORED_EVENT.EVENT_TYPE.in(ENGAGEMENT_TYPES))
                    .fetch()) {
                if (inCampaigns == null || inCampaigns.contains(row.getCampaignKey())) {
                    rows.add(row);
                }
            }
        }
        StoredDimensions dims = StoredDimensions.of(dsl, rows);
        return rows.stream().map(row -> EventRecords.fromRow(row, dims)).toList();
    }

    /**
     * Sets the verdicts and parsed clients of the stored events among {@code events}, locking their
     * rows in id order, and changes the statistics by the difference. Returns how many changed.
     */
    int reclassify(DSLContext dsl, String account, List<EngagementEvent> events) {
        Map<String, EngagementEvent> byId = new TreeMap<>();
        events.forEach(e -> byId.put(e.id().value(), e));
        DimensionLookup[] lookup = new DimensionLookup[1];
        int changed = dsl.transactionResult(tx -> tx.dsl().connectionResult(connection -> {
            Set<List<Object>> parsed = new LinkedHashSet<>();
            byId.values().forEach(e -> {
                List<Object> agent = EventDimensions.agentOf(e.client());
                if (agent != null) {
                    parsed.add(agent);
                }
            });
            lookup[0] = agents.resolve(connection, parsed);
            List<StoredEventRecord> rows = lockRows(tx.dsl(), account, new ArrayList<>(byId.keySet()));
            List<StoredEventRecord> before = new ArrayList<>();
            List<StoredEventRecord> after = new ArrayList<>();
            List<Query> updates = new ArrayList<>();
            for (StoredEventRecord row : rows) {
                EngagementEvent event = byId.get(row.getEventId());
                List<Object> agent = EventDimensions.agentOf(event.client());
                Integer agentKey = agent == null ? null : lookup[0].keyOf(agent);
                int mask = event.machine().mask();
                if (mask == row.getMachineReasons() && Objects.equals(agentKey, row.getAgentKey())) {
                    continue;
                }
                StoredEventRecord next = row.copy();
                next.setEventId(row.getEventId());
                next.setAccount(row.getAccount());
                next.setMachineReasons(mask);
                next.setAgentKey(agentKey);
                updates.add(tx.dsl()
                        .update(STORED_EVENT)
                        .set(STORED_EVENT.MACHINE_REASONS, mask)
                        .set(STORED_EVENT.AGENT_KEY, agentKey)
                        .where(STORED_EVENT.EVENT_ID.eq(row.getEventId()))
                        .and(STORED_EVENT.ACCOUNT.eq(account)));
                if (TypeCodes.countsPerDevice(row.getEventType())) {
                    before.add(row);
                    after.add(next);
                }
            }
            if (updates.isEmpty()) {
                return 0;
            }
            tx.dsl().batch(updates).execute();
            CampaignCounts counts = new CampaignCounts();
            CountedEvent.of(tx.dsl(), before).forEach(counts::remove);
            Set<Long> recipients = new TreeSet<>();
            for (CountedEvent event : CountedEvent.of(tx.dsl(), after)) {
                counts.add(event);
                recipients.add(CampaignRecipients.key(event.recipientKey(), event.campaignKey()));
            }
            CampaignRecipients.recount(tx.dsl(), recipients, counts);
            counts.write(tx.dsl());
            return updates.size();
        }));
        agents.remember(lookup[0]);
        return changed;
    }

    private static List<StoredEventRecord> lockRows(DSLContext tx, String account, List<String> ids) {
        List<StoredEventRecord> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rows.addAll(tx.selectFrom(STORED_EVENT)
                    .where(STORED_EVENT.EVENT_ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .and(STORED_EVENT.ACCOUNT.eq(account))
                    .orderBy(STORED_EVENT.EVENT_ID)
                    .forUpdate()
                    .fetch());
        }
        return rows;
    }

    private interface ChunkQuery<T> {
        List<Integer> keys(List<T> chunk);
    }

    private static <T> List<Integer> keys(DSLContext dsl, Collection<T> values, ChunkQuery<T> query) {
        List<T> all = new ArrayList<>(values);
        List<Integer> keys = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            keys.addAll(query.keys(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return keys;
    }
}
