package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * The distinct-recipient side of a change to the statistics: what each touched recipient has in
 * each touched campaign (its event types, its human open and click types, the links it clicked),
 * read from its stored events before the change ({@link #read}) and after it ({@link #add} for an
 * append, {@link #recount} after an erasure or a reclassification), with the difference counted
 * into a {@link CampaignCounts}. The events are found by the event table's recipient index, so no
 * table is kept for this (see the V13 migration).
 *
 * <p>Writers of one recipient take turns: the caller locks the recipients' rows ({@link #lock}, in
 * key order) before reading, so each reads the other's committed events. A recipient the same
 * transaction inserted has no events and needs no lock: a concurrent writer of it fails on its
 * unique key and retries.
 */
final class CampaignRecipients {

    private CampaignRecipients() {}

    /** The key of a recipient in a campaign (both keys are non-negative). */
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

        void add(short type, Integer link, int mask) {
            types |= 1 << type;
            if (CountedEvent.human(type, mask)) {
                humanTypes |= 1 << type;
            }
            if (type == TypeCodes.CLICKED && link != null) {
                links.add(link);
            }
        }

        Seen copy() {
            Seen copy = new Seen();
            copy.types = types;
            copy.humanTypes = humanTypes;
            copy.links.addAll(links);
            return copy;
        }
    }

    /** What the recipients of some keys had in those keys' campaigns when it was read. */
    static final class Snapshot {
        private final Map<Long, Seen> seen;

        private Snapshot(Map<Long, Seen> seen) {
            this.seen = seen;
        }
    }

    /** Locks the recipients' rows, in key order, until the caller's transaction ends. */
    static void lock(DSLContext tx, Collection<Integer> recipients) {
        for (List<Integer> chunk : Chunks.of(tx, new TreeSet<>(recipients))) {
            tx.select(EVENT_RECIPIENT.RECIPIENT_KEY)
                    .from(EVENT_RECIPIENT)
                    .where(Chunks.in(tx, EVENT_RECIPIENT.RECIPIENT_KEY, chunk))
                    .orderBy(EVENT_RECIPIENT.RECIPIENT_KEY)
                    .forUpdate()
                    .execute();
        }
    }

    /**
     * What the recipients of {@code keys} have in those campaigns by their stored events; the
     * recipients in {@code unstored} are known to have none, so theirs are not read.
     */
    static Snapshot read(DSLContext tx, Set<Long> keys, Set<Integer> unstored) {
        Map<Long, Seen> seen = new TreeMap<>();
        keys.forEach(key -> seen.put(key, new Seen()));
        eventsOf(tx, keys, unstored, seen);
        return new Snapshot(seen);
    }

    /**
     * Before an append of {@code rows}: locks their recipients' rows and reads what those have in
     * the rows' campaigns. The recipients in {@code unstored} were inserted by this transaction, so
     * they have nothing to lock or read.
     */
    static Snapshot beforeAppend(DSLContext tx, List<EventRow> rows, Set<Integer> unstored) {
        Set<Long> keys = new TreeSet<>();
        rows.forEach(row -> keys.add(key(row.recipientKey(), row.campaignKey())));
        lock(tx, recipients(keys, unstored));
        return read(tx, keys, unstored);
    }

    /** The recipients of the keys whose rows this transaction did not insert. */
    private static Set<Integer> recipients(Set<Long> keys, Set<Integer> unstored) {
        Set<Integer> recipients = new TreeSet<>();
        keys.forEach(key -> recipients.add(recipientOf(key)));
        recipients.removeAll(unstored);
        return recipients;
    }

    /** Counts into {@code counts} what the newly stored rows add to the snapshot's figures. */
    static void add(Snapshot before, List<EventRow> rows, CampaignCounts counts) {
        Map<Long, Seen> after = new TreeMap<>();
        before.seen.forEach((key, seen) -> after.put(key, seen.copy()));
        for (EventRow row : rows) {
            after.computeIfAbsent(key(row.recipientKey(), row.campaignKey()), k -> new Seen())
                    .add(row.typeCode(), row.linkKey(), row.machineReasons());
        }
        count(before.seen, after, counts);
    }

    /** Counts into {@code counts} how the snapshot's figures changed, reading the events again. */
    static void recount(DSLContext tx, Snapshot before, CampaignCounts counts) {
        count(before.seen, read(tx, before.seen.keySet(), Set.of()).seen, counts);
    }

    /**
     * Adds the stored events of the keys' recipients (but {@code unstored}) in the keys' campaigns
     * to {@code into}.
     */
    private static void eventsOf(DSLContext tx, Set<Long> keys, Set<Integer> unstored, Map<Long, Seen> into) {
        // The campaigns are compared here, not in SQL: beside a short campaign list H2 would read
        // the campaign index, i.e. every event of those campaigns.
        for (List<Integer> chunk : Chunks.of(tx, recipients(keys, unstored))) {
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

    private static void count(Map<Long, Seen> before, Map<Long, Seen> after, CampaignCounts counts) {
        after.forEach((key, now) -> count(campaignOf(key), before.getOrDefault(key, new Seen()), now, counts));
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
