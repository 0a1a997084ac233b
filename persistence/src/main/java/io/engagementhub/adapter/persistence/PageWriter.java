package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.STREAM_CHECKPOINT;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * One page appended in one transaction: the checkpoint moves first (its row lock makes writers of
 * one stream take turns; a targeted re-read has none and moves no checkpoint), then the events not
 * stored yet go in with their dimension rows and the counts they change (the page's recipients
 * that were stored before are locked first, and what they had in the page's campaigns read).
 * Rows are written in key order, so concurrent writers lock them in one order.
 */
final class PageWriter {

    private final EventDimensions dimensions;

    PageWriter(boolean oneProcess) {
        this.dimensions = new EventDimensions(oneProcess);
    }

    EventDimensions dimensions() {
        return dimensions;
    }

    /** One event per distinct id, ordered by id; every event must be of {@code account}. */
    static List<EngagementEvent> distinctById(String account, List<EngagementEvent> events) {
        Map<String, EngagementEvent> byId = new TreeMap<>();
        for (EngagementEvent event : events) {
            if (!event.account().equals(account)) {
                throw new IllegalArgumentException(
                        "event " + event.id() + " belongs to account " + event.account() + ", not " + account);
            }
            byId.putIfAbsent(event.id().value(), event);
        }
        return List.copyOf(byId.values());
    }

    int append(DSLContext dsl, String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
        EventDimensions.Resolved stored = dsl.transactionResult(tx -> {
            if (checkpoint != null) {
                saveCheckpoint(tx.dsl(), account, streamKey, checkpoint);
            }
            return storeNew(tx.dsl(), account, events);
        });
        stored.remember().run();
        return stored.rows().size();
    }

    private EventDimensions.Resolved storeNew(DSLContext tx, String account, List<EngagementEvent> events) {
        Set<String> stored = EventRowInsert.stored(
                tx, account, events.stream().map(e -> e.id().value()).toList());
        List<EngagementEvent> fresh = events.stream()
                .filter(event -> !stored.contains(event.id().value()))
                .toList();
        if (fresh.isEmpty()) {
            return new EventDimensions.Resolved(List.of(), Set.of(), () -> {});
        }
        EventDimensions.Resolved resolved = dimensions.resolve(tx, fresh);
        CampaignRecipients.Snapshot before =
                CampaignRecipients.beforeAppend(tx, resolved.rows(), resolved.newRecipients());
        EventRowInsert.insert(tx, resolved.rows());
        CampaignCounts counts = new CampaignCounts();
        resolved.rows().forEach(row -> counts.add(row.counted()));
        CampaignRecipients.add(before, resolved.rows(), counts);
        counts.write(tx);
        return resolved;
    }

    /**
     * Update, else insert: portable SQL (jOOQ renders H2's upsert as a MERGE whose casts would
     * silently cut an over-long key). An insert that lost a race fails on the key and the page is
     * retried.
     */
    private static void saveCheckpoint(DSLContext tx, String account, String streamKey, Checkpoint checkpoint) {
        int updated = tx.update(STREAM_CHECKPOINT)
                .set(STREAM_CHECKPOINT.POSITION_TEXT, checkpoint.position())
                .set(STREAM_CHECKPOINT.FINGERPRINT, checkpoint.fingerprint())
                .where(STREAM_CHECKPOINT.ACCOUNT.eq(account))
                .and(STREAM_CHECKPOINT.STREAM_KEY.eq(streamKey))
                .execute();
        if (updated == 0) {
            tx.insertInto(STREAM_CHECKPOINT)
                    .set(STREAM_CHECKPOINT.ACCOUNT, account)
                    .set(STREAM_CHECKPOINT.STREAM_KEY, streamKey)
                    .set(STREAM_CHECKPOINT.POSITION_TEXT, checkpoint.position())
                    .set(STREAM_CHECKPOINT.FINGERPRINT, checkpoint.fingerprint())
                    .execute();
        }
    }
}
