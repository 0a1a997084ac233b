package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import io.engagementhub.adapter.persistence.jooq.tables.records.EventAgentRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import io.engagementhub.domain.model.EngagementEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
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

    private static final List<Short> ENGAGEMENT_TYPES =
            List.of((short) 1, (short) 2, TypeCodes.OPENED, TypeCodes.CLICKED);

    private final Dimension<EventAgentRecord, EventDimensions.AgentRow> agents;

    /** An event classified again, with the event as its writer read it (null: whatever is stored). */
    record Change(EngagementEvent read, EngagementEvent classified) {}

    /** What one reclassification changed, and the agent keys it found or made. */
    private record Reclassified(int changed, DimensionLookup<EventDimensions.AgentRow> agents) {}

    StoredClassification(Dimension<EventAgentRecord, EventDimensions.AgentRow> agents) {
        this.agents = agents;
    }

    /** The stored sends, deliveries, opens and clicks of the recipients, in the campaigns (null: all). */
    static List<EngagementEvent> engagementsOf(
            DSLContext dsl, String account, Collection<String> recipientIds, Collection<String> campaignIds) {
        List<Integer> recipients = new ArrayList<>();
        for (List<String> chunk : Chunks.of(recipientIds)) {
            // The account is compared here: beside the id list, H2 would not look the ids up by index.
            dsl.select(EVENT_RECIPIENT.RECIPIENT_KEY, EVENT_RECIPIENT.ACCOUNT)
                    .from(EVENT_RECIPIENT)
                    .where(EVENT_RECIPIENT.RECIPIENT_ID.in(chunk))
                    .forEach(row -> {
                        if (row.value2().equals(account)) {
                            recipients.add(row.value1());
                        }
                    });
        }
        List<Integer> addresses = new ArrayList<>();
        for (List<Integer> chunk : Chunks.of(recipients)) {
            addresses.addAll(dsl.select(EVENT_ADDRESS.ADDRESS_KEY)
                    .from(EVENT_ADDRESS)
                    .where(EVENT_ADDRESS.RECIPIENT_KEY.in(chunk))
                    .fetch(EVENT_ADDRESS.ADDRESS_KEY));
        }
        Set<Integer> inCampaigns = null;
        if (campaignIds != null) {
            inCampaigns = new HashSet<>();
            for (List<String> chunk : Chunks.of(campaignIds)) {
                inCampaigns.addAll(dsl.select(EVENT_CAMPAIGN.CAMPAIGN_KEY)
                        .from(EVENT_CAMPAIGN)
                        .where(EVENT_CAMPAIGN.CAMPAIGN_ID.in(chunk))
                        .and(EVENT_CAMPAIGN.ACCOUNT.eq(account))
                        .fetch(EVENT_CAMPAIGN.CAMPAIGN_KEY));
            }
        }
        if (addresses.isEmpty() || (inCampaigns != null && inCampaigns.isEmpty())) {
            return List.of();
        }
        // The campaigns are compared here, not in SQL: with a short campaign list beside the address
        // list, H2 reads the campaign index, i.e. every event of those campaigns.
        List<StoredEventRecord> rows = new ArrayList<>();
        for (List<Integer> chunk : Chunks.of(addresses)) {
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
     * Sets the verdicts and parsed clients of the stored events among {@code changes}, locking their
     * rows in id order, and changes the statistics by the difference; a change with a read event
     * skips a row that no longer carries the read verdict and parsed client. Returns how many changed.
     */
    int reclassify(DSLContext dsl, String account, List<Change> changes) {
        Map<String, Change> byId = new TreeMap<>();
        changes.forEach(c -> byId.put(c.classified().id().value(), c));
        Reclassified done = dsl.transactionResult(tx -> reclassify(tx.dsl(), account, byId));
        agents.remember(done.agents());
        return done.changed();
    }

    private Reclassified reclassify(DSLContext tx, String account, Map<String, Change> byId) {
        Set<EventDimensions.AgentRow> parsed = new LinkedHashSet<>();
        byId.values().forEach(c -> {
            for (EngagementEvent e : Arrays.asList(c.read(), c.classified())) {
                EventDimensions.AgentRow agent = e == null ? null : EventDimensions.agentOf(e.client());
                if (agent != null) {
                    parsed.add(agent);
                }
            }
        });
        DimensionLookup<EventDimensions.AgentRow> agentKeys = agents.resolve(tx, parsed);
        List<StoredEventRecord> before = new ArrayList<>();
        List<StoredEventRecord> after = new ArrayList<>();
        List<Query> updates = new ArrayList<>();
        for (StoredEventRecord row : lockRows(tx, account, new ArrayList<>(byId.keySet()))) {
            Change change = byId.get(row.getEventId());
            if (change.read() != null && !carries(row, change.read(), agentKeys)) {
                continue;
            }
            EngagementEvent event = change.classified();
            Integer agentKey = agentKeyOf(event, agentKeys);
            int mask = event.machine().mask();
            if (mask == row.getMachineReasons() && Objects.equals(agentKey, row.getAgentKey())) {
                continue;
            }
            StoredEventRecord next = row.copy();
            next.setEventId(row.getEventId());
            next.setAccount(row.getAccount());
            next.setMachineReasons(mask);
            next.setAgentKey(agentKey);
            updates.add(tx.update(STORED_EVENT)
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
            return new Reclassified(0, agentKeys);
        }
        tx.batch(updates).execute();
        CampaignCounts counts = new CampaignCounts();
        CountedEvent.of(tx, before).forEach(counts::remove);
        Set<Long> recipients = new TreeSet<>();
        for (CountedEvent event : CountedEvent.of(tx, after)) {
            counts.add(event);
            recipients.add(CampaignRecipients.key(event.recipientKey(), event.campaignKey()));
        }
        CampaignRecipients.recount(tx, recipients, counts);
        counts.write(tx);
        return new Reclassified(updates.size(), agentKeys);
    }

    /** Whether the stored row still has the verdict and parsed client {@code read} was read with. */
    private static boolean carries(
            StoredEventRecord row, EngagementEvent read, DimensionLookup<EventDimensions.AgentRow> agentKeys) {
        return row.getMachineReasons() == read.machine().mask()
                && Objects.equals(row.getAgentKey(), agentKeyOf(read, agentKeys));
    }

    private static Integer agentKeyOf(EngagementEvent event, DimensionLookup<EventDimensions.AgentRow> agentKeys) {
        EventDimensions.AgentRow agent = EventDimensions.agentOf(event.client());
        return agent == null ? null : agentKeys.keyOf(agent);
    }

    private static List<StoredEventRecord> lockRows(DSLContext tx, String account, List<String> ids) {
        List<StoredEventRecord> rows = new ArrayList<>();
        for (List<String> chunk : Chunks.of(ids)) {
            rows.addAll(tx.selectFrom(STORED_EVENT)
                    .where(STORED_EVENT.EVENT_ID.in(chunk))
                    .and(STORED_EVENT.ACCOUNT.eq(account))
                    .orderBy(STORED_EVENT.EVENT_ID)
                    .forUpdate()
                    .fetch());
        }
        return rows;
    }
}
