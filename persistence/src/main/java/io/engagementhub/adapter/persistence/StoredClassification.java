package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_LINK;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import io.engagementhub.adapter.persistence.jooq.tables.records.EventAgentRecord;
import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.VerdictChange;
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

    private static final List<Short> ENGAGEMENT_TYPES =
            List.of((short) 1, (short) 2, TypeCodes.OPENED, TypeCodes.CLICKED);

    private final Dimension<EventAgentRecord, EventDimensions.AgentRow> agents;

    /** What one reclassification changed, and the agent keys it found or made. */
    private record Reclassified(int changed, DimensionLookup<EventDimensions.AgentRow> agents) {}

    /** The verdict and agent key a stored row is to have. */
    private record Rewrite(StoredEventRecord row, int mask, Integer agentKey) {}

    StoredClassification(Dimension<EventAgentRecord, EventDimensions.AgentRow> agents) {
        this.agents = agents;
    }

    /** The stored sends, deliveries, opens and clicks of the recipients. */
    static List<EngagementEvent> engagementsOf(DSLContext dsl, String account, Collection<String> recipientIds) {
        // The account is compared here: beside the id list, H2 would not look the ids up by index.
        List<Integer> recipients = new ArrayList<>();
        Chunks.lookUp(
                        dsl,
                        EVENT_RECIPIENT.RECIPIENT_ID,
                        recipientIds,
                        EVENT_RECIPIENT.RECIPIENT_KEY,
                        EVENT_RECIPIENT.ACCOUNT)
                .forEach((key, owner) -> {
                    if (owner.equals(account)) {
                        recipients.add(key);
                    }
                });
        List<StoredEventRecord> rows = new ArrayList<>();
        for (List<Integer> chunk : Chunks.of(dsl, recipients)) {
            rows.addAll(dsl.selectFrom(STORED_EVENT)
                    .where(Chunks.in(dsl, STORED_EVENT.RECIPIENT_KEY, chunk))
                    .and(STORED_EVENT.EVENT_TYPE.in(ENGAGEMENT_TYPES))
                    .fetch());
        }
        StoredDimensions dims = StoredDimensions.of(dsl, rows);
        return rows.stream().map(row -> EventRecords.fromRow(row, dims)).toList();
    }

    /**
     * What the timing rules look at of the stored sends, deliveries, opens and clicks of the
     * recipients in the campaigns: one query per chunk of recipients, reading only the columns and
     * dimension rows the rules need.
     */
    static List<ContextEvent> contextOf(
            DSLContext dsl, String account, Collection<String> recipientIds, Collection<String> campaignIds) {
        Set<String> campaigns = Set.copyOf(campaignIds);
        List<ContextEvent> found = new ArrayList<>();
        for (List<String> chunk : Chunks.of(dsl, recipientIds)) {
            // The account and the campaigns are compared here, not in SQL: beside the id list, H2
            // would read every event of the campaigns instead of looking the recipients up by index.
            dsl.select(
                            STORED_EVENT.EVENT_ID,
                            EVENT_CAMPAIGN.CAMPAIGN_ID,
                            EVENT_RECIPIENT.RECIPIENT_ID,
                            STORED_EVENT.EVENT_TYPE,
                            STORED_EVENT.OCCURRED_AT,
                            EVENT_LINK.URL,
                            EVENT_LINK.LINK_ID,
                            STORED_EVENT.BOUNCE_KEY,
                            STORED_EVENT.MACHINE_REASONS,
                            EVENT_RECIPIENT.ACCOUNT)
                    .from(EVENT_RECIPIENT)
                    .join(STORED_EVENT)
                    .on(STORED_EVENT.RECIPIENT_KEY.eq(EVENT_RECIPIENT.RECIPIENT_KEY))
                    .join(EVENT_CAMPAIGN)
                    .on(EVENT_CAMPAIGN.CAMPAIGN_KEY.eq(STORED_EVENT.CAMPAIGN_KEY))
                    .leftJoin(EVENT_LINK)
                    .on(EVENT_LINK.LINK_KEY.eq(STORED_EVENT.LINK_KEY))
                    .where(Chunks.in(dsl, EVENT_RECIPIENT.RECIPIENT_ID, chunk))
                    .and(STORED_EVENT.EVENT_TYPE.in(ENGAGEMENT_TYPES))
                    .forEach(row -> {
                        if (row.value10().equals(account) && campaigns.contains(row.value2())) {
                            found.add(new ContextEvent(
                                    new EventId(row.value1()),
                                    row.value2(),
                                    row.value3(),
                                    TypeCodes.type(row.value4()),
                                    row.value5(),
                                    row.value6() == null ? null : new Link(row.value6(), row.value7(), null),
                                    row.value8() != null,
                                    MachineVerdict.fromMask(row.value9())));
                        }
                    });
        }
        return found;
    }

    /**
     * Gives the stored events among {@code verdicts} their verdict, locking their rows in id order,
     * and changes the statistics by the difference. Returns how many changed.
     */
    int setVerdicts(DSLContext dsl, String account, Map<EventId, MachineVerdict> verdicts) {
        Map<String, MachineVerdict> byId = new TreeMap<>();
        verdicts.forEach((id, verdict) -> byId.put(id.value(), verdict));
        return dsl.transactionResult(tx -> {
            List<Rewrite> rewrites = new ArrayList<>();
            for (StoredEventRecord row : lockRows(tx.dsl(), account, new ArrayList<>(byId.keySet()))) {
                rewrites.add(new Rewrite(row, byId.get(row.getEventId()).mask(), row.getAgentKey()));
            }
            return rewrite(tx.dsl(), account, rewrites);
        });
    }

    /**
     * Sets the verdicts and parsed clients of the stored events among {@code changes}, locking their
     * rows in id order, and changes the statistics by the difference; a row that no longer carries
     * the verdict and parsed client its change was read with is skipped. Returns how many changed.
     */
    int reclassify(DSLContext dsl, String account, List<VerdictChange> changes) {
        Map<String, VerdictChange> byId = new TreeMap<>();
        changes.forEach(c -> byId.put(c.classified().id().value(), c));
        Reclassified done = dsl.transactionResult(tx -> reclassify(tx.dsl(), account, byId));
        agents.remember(done.agents());
        return done.changed();
    }

    private Reclassified reclassify(DSLContext tx, String account, Map<String, VerdictChange> byId) {
        Set<EventDimensions.AgentRow> parsed = new LinkedHashSet<>();
        byId.values().forEach(c -> {
            for (EngagementEvent e : List.of(c.read(), c.classified())) {
                EventDimensions.AgentRow agent = EventDimensions.agentOf(e.client());
                if (agent != null) {
                    parsed.add(agent);
                }
            }
        });
        DimensionLookup<EventDimensions.AgentRow> agentKeys = agents.resolve(tx, parsed);
        List<Rewrite> rewrites = new ArrayList<>();
        for (StoredEventRecord row : lockRows(tx, account, new ArrayList<>(byId.keySet()))) {
            VerdictChange change = byId.get(row.getEventId());
            if (carries(row, change.read(), agentKeys)) {
                EngagementEvent event = change.classified();
                rewrites.add(new Rewrite(row, event.machine().mask(), agentKeyOf(event, agentKeys)));
            }
        }
        return new Reclassified(rewrite(tx, account, rewrites), agentKeys);
    }

    /** Writes the rewrites that change their row and the statistics they change; returns how many. */
    private static int rewrite(DSLContext tx, String account, List<Rewrite> rewrites) {
        List<StoredEventRecord> before = new ArrayList<>();
        List<StoredEventRecord> after = new ArrayList<>();
        List<Query> updates = new ArrayList<>();
        for (Rewrite rewrite : rewrites) {
            StoredEventRecord row = rewrite.row();
            if (rewrite.mask() == row.getMachineReasons() && Objects.equals(rewrite.agentKey(), row.getAgentKey())) {
                continue;
            }
            StoredEventRecord next = row.copy();
            next.setEventId(row.getEventId());
            next.setAccount(row.getAccount());
            next.setMachineReasons(rewrite.mask());
            next.setAgentKey(rewrite.agentKey());
            updates.add(tx.update(STORED_EVENT)
                    .set(STORED_EVENT.MACHINE_REASONS, rewrite.mask())
                    .set(STORED_EVENT.AGENT_KEY, rewrite.agentKey())
                    .where(StoredEventIds.of(tx, account, row.getEventId())));
            if (TypeCodes.countsPerDevice(row.getEventType())) {
                before.add(row);
                after.add(next);
            }
        }
        if (updates.isEmpty()) {
            return 0;
        }
        CampaignCounts counts = new CampaignCounts();
        Set<Long> touched = new TreeSet<>();
        for (CountedEvent event : CountedEvent.of(tx, before)) {
            counts.remove(event);
            touched.add(CampaignRecipients.key(event.recipientKey(), event.campaignKey()));
        }
        CampaignRecipients.Snapshot seen = CampaignRecipients.read(tx, touched, Set.of());
        tx.batch(updates).execute();
        CountedEvent.of(tx, after).forEach(counts::add);
        CampaignRecipients.recount(tx, seen, counts);
        counts.write(tx);
        return updates.size();
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

    /**
     * The stored rows of the ids, locked in id order after their recipients' rows (in key order):
     * the order an erasure takes them in, which locks the recipient before deleting its events.
     */
    private static List<StoredEventRecord> lockRows(DSLContext tx, String account, List<String> ids) {
        CampaignRecipients.lock(
                tx, new TreeSet<>(StoredEventIds.valuesOf(tx, account, ids, STORED_EVENT.RECIPIENT_KEY)));
        List<StoredEventRecord> rows = new ArrayList<>();
        for (List<String> chunk : Chunks.of(tx, ids)) {
            tx.selectFrom(STORED_EVENT)
                    .where(StoredEventIds.among(tx, account, chunk))
                    .orderBy(STORED_EVENT.EVENT_ID)
                    .forUpdate()
                    .forEach(row -> {
                        if (account.equals(row.getAccount())) {
                            rows.add(row);
                        }
                    });
        }
        return rows;
    }
}
