package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.JdbcBatch.column;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import io.engagementhub.adapter.persistence.jooq.tables.records.CampaignRecipientRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Which recipients the distinct counts have counted: one {@code campaign_recipient} row per
 * recipient and campaign (see the V9 and V11 migrations) with the event types, the human open and
 * click types and the links the recipient has there: one link in {@code link_key}, two or more in
 * {@code link_keys}. Storing events adds to the rows ({@link #add}); an
 * erasure or a reclassification recounts the rows it touched from the events left ({@link
 * #recount}). Both count the change of the distinct counts into a {@link CampaignCounts}. Rows are
 * read for update and written in key order, so concurrent writers take their locks in one order.
 */
final class CampaignRecipients {

    private static final JdbcBatch<Map.Entry<Long, Seen>> INSERT = new JdbcBatch<>(List.of(
            column(CAMPAIGN_RECIPIENT.RECIPIENT_CAMPAIGN, Map.Entry::getKey),
            column(CAMPAIGN_RECIPIENT.EVENT_TYPES, row -> row.getValue().types),
            column(CAMPAIGN_RECIPIENT.HUMAN_TYPES, row -> row.getValue().humanTypes),
            column(CAMPAIGN_RECIPIENT.LINK_KEY, row -> row.getValue().linkKey()),
            column(CAMPAIGN_RECIPIENT.LINK_KEYS, row -> row.getValue().linkKeys())));

    private CampaignRecipients() {}

    /** The row key of a recipient in a campaign (both keys are non-negative). */
    static long key(int recipientKey, int campaignKey) {
        return ((long) recipientKey << 32) | campaignKey;
    }

    private static int recipientOf(long key) {
        return (int) (key >>> 32);
    }

    private static int campaignOf(long key) {
        return (int) key;
    }

    /** What one recipient has in one campaign. */
    private static final class Seen {
        private int types;
        private int humanTypes;
        private final SortedSet<Integer> links = new TreeSet<>();

        static Seen of(CampaignRecipientRecord row) {
            Seen seen = new Seen();
            seen.types = row.getEventTypes();
            seen.humanTypes = row.getHumanTypes();
            if (row.getLinkKey() != null) {
                seen.links.add(row.getLinkKey());
            }
            if (row.getLinkKeys() != null) {
                seen.links.addAll(Arrays.asList(row.getLinkKeys()));
            }
            return seen;
        }

        void add(short type, Integer link, int mask) {
            types |= 1 << type;
            if (CountedEvent.human(type, mask)) {
                humanTypes |= 1 << type;
            }
            if (type == TypeCodes.CLICKED && link != null) {
                links.add(link);
            }
        }

        Seen with(Seen other) {
            Seen union = new Seen();
            union.types = types | other.types;
            union.humanTypes = humanTypes | other.humanTypes;
            union.links.addAll(links);
            union.links.addAll(other.links);
            return union;
        }

        boolean isEmpty() {
            return types == 0;
        }

        /** The one link clicked, else null. */
        Integer linkKey() {
            return links.size() == 1 ? links.first() : null;
        }

        /** The links clicked when two or more, else null. */
        Integer[] linkKeys() {
            return links.size() > 1 ? links.toArray(Integer[]::new) : null;
        }

        boolean sameAs(Seen other) {
            return types == other.types && humanTypes == other.humanTypes && links.equals(other.links);
        }
    }

    /**
     * Adds what the newly stored rows show, and counts the recipients new to a figure into {@code
     * counts}. Recipients in {@code newRecipients} have no row yet, so theirs are not looked for.
     */
    static void add(DSLContext tx, List<EventRow> rows, Set<Integer> newRecipients, CampaignCounts counts) {
        Map<Long, Seen> page = new TreeMap<>();
        for (EventRow row : rows) {
            page.computeIfAbsent(key(row.recipientKey(), row.campaignKey()), k -> new Seen())
                    .add(row.typeCode(), row.linkKey(), row.machineReasons());
        }
        Map<Long, Seen> stored = read(
                tx,
                page.keySet().stream()
                        .filter(key -> !newRecipients.contains(recipientOf(key)))
                        .toList());
        Map<Long, Seen> after = new TreeMap<>();
        page.forEach((key, seen) ->
                after.put(key, stored.containsKey(key) ? stored.get(key).with(seen) : seen));
        write(tx, stored, after, counts);
    }

    /**
     * Recounts the rows of {@code keys} from the events stored now (after an erasure deleted some,
     * or a reclassification changed their verdicts), and the distinct counts into {@code counts}.
     */
    static void recount(DSLContext tx, Set<Long> keys, CampaignCounts counts) {
        Map<Long, Seen> stored = read(tx, keys);
        Map<Long, Seen> after = new TreeMap<>();
        keys.forEach(key -> after.put(key, new Seen()));
        eventsOf(tx, keys, after);
        write(tx, stored, after, counts);
    }

    private static Map<Long, Seen> read(DSLContext tx, Collection<Long> keys) {
        Map<Long, Seen> stored = new HashMap<>();
        for (List<Long> chunk : Chunks.of(tx, keys)) {
            tx.selectFrom(CAMPAIGN_RECIPIENT)
                    .where(Chunks.in(tx, CAMPAIGN_RECIPIENT.RECIPIENT_CAMPAIGN, chunk))
                    .orderBy(CAMPAIGN_RECIPIENT.RECIPIENT_CAMPAIGN)
                    .forUpdate()
                    .forEach(row -> stored.put(row.getRecipientCampaign(), Seen.of(row)));
        }
        return stored;
    }

    /** Adds the stored events of the keys' recipients in the keys' campaigns to {@code into}. */
    private static void eventsOf(DSLContext tx, Set<Long> keys, Map<Long, Seen> into) {
        Set<Integer> recipients = new TreeSet<>();
        keys.forEach(key -> recipients.add(recipientOf(key)));
        // The campaigns are compared here, not in SQL: beside a short campaign list H2 would read
        // the campaign index, i.e. every event of those campaigns.
        for (List<Integer> chunk : Chunks.of(tx, recipients)) {
            tx.select(
                            STORED_EVENT.RECIPIENT_KEY,
                            STORED_EVENT.CAMPAIGN_KEY,
                            STORED_EVENT.EVENT_TYPE,
                            STORED_EVENT.LINK_KEY,
                            STORED_EVENT.MACHINE_REASONS)
                    .from(STORED_EVENT)
                    .where(Chunks.in(tx, STORED_EVENT.RECIPIENT_KEY, chunk))
                    .forEach(event -> {
                        Seen seen = into.get(key(event.value1(), event.value2()));
                        if (seen != null) {
                            seen.add(event.value3(), event.value4(), event.value5());
                        }
                    });
        }
    }

    /** Writes {@code after} over {@code stored} (rows that became empty go) and counts the difference. */
    private static void write(DSLContext tx, Map<Long, Seen> stored, Map<Long, Seen> after, CampaignCounts counts) {
        var table = CAMPAIGN_RECIPIENT;
        List<Map.Entry<Long, Seen>> inserts = new ArrayList<>();
        BatchBindStep updates = tx.batch(tx.update(table)
                .set(table.EVENT_TYPES, (Integer) null)
                .set(table.HUMAN_TYPES, (Integer) null)
                .set(table.LINK_KEY, (Integer) null)
                .set(table.LINK_KEYS, (Integer[]) null)
                .where(table.RECIPIENT_CAMPAIGN.eq((Long) null)));
        BatchBindStep deletes = tx.batch(tx.deleteFrom(table).where(table.RECIPIENT_CAMPAIGN.eq((Long) null)));
        for (Map.Entry<Long, Seen> entry : after.entrySet()) {
            long key = entry.getKey();
            Seen before = Objects.requireNonNullElseGet(stored.get(key), Seen::new);
            Seen now = entry.getValue();
            count(campaignOf(key), before, now, counts);
            if (!stored.containsKey(key)) {
                if (!now.isEmpty()) {
                    inserts.add(Map.entry(key, now));
                }
            } else if (now.isEmpty()) {
                deletes.bind(key);
            } else if (!now.sameAs(before)) {
                updates.bind(now.types, now.humanTypes, now.linkKey(), now.linkKeys(), key);
            }
        }
        INSERT.insert(tx, inserts);
        if (updates.size() > 0) {
            updates.execute();
        }
        if (deletes.size() > 0) {
            deletes.execute();
        }
    }

    private static void count(int campaign, Seen before, Seen after, CampaignCounts counts) {
        for (short type = 1; type <= TypeCodes.HIGHEST; type++) {
            int bit = 1 << type;
            int delta = Integer.compare(after.types & bit, 0) - Integer.compare(before.types & bit, 0);
            if (delta != 0) {
                counts.recipients(campaign, type, delta);
            }
            int human = Integer.compare(after.humanTypes & bit, 0) - Integer.compare(before.humanTypes & bit, 0);
            if (human != 0) {
                counts.humanRecipients(campaign, type, human);
            }
        }
        for (Integer link : after.links) {
            if (!before.links.contains(link)) {
                counts.linkRecipients(campaign, link, 1);
            }
        }
        for (Integer link : before.links) {
            if (!after.links.contains(link)) {
                counts.linkRecipients(campaign, link, -1);
            }
        }
    }
}
