package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.ENGAGEMENT_EVENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STREAM_CHECKPOINT;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.Require;
import io.engagementhub.domain.port.out.EventStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;

/**
 * The {@link EventStore} on jOOQ. A page is one transaction: an upsert of the stream's checkpoint,
 * then multi-row {@code INSERT ... ON CONFLICT DO NOTHING} of the events ({@link EventInsert}; sorted
 * by id, so concurrent writers lock rows in the same order and cannot deadlock). A write that lost a race is
 * retried; on H2 appends take turns (see {@link DatabaseKind#oneWriterAtATime()}).
 */
final class JooqEventStore implements EventStore {

    private final DSLContext dsl;
    private final EventInsert insert;
    private final boolean oneWriterAtATime;
    private final ReentrantLock writers = new ReentrantLock();
    private final StoreCalls calls = StoreCalls.forData("event-store");

    JooqEventStore(DSLContext dsl, DatabaseKind kind) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.insert = new EventInsert(kind);
        this.oneWriterAtATime = kind.oneWriterAtATime();
    }

    @Override
    public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
        Require.nonBlank(account, "account");
        Require.nonBlank(streamKey, "stream key");
        Objects.requireNonNull(checkpoint, "checkpoint");
        List<Object[]> rows = rowsOf(account, events);
        return calls.run("storing " + rows.size() + " events of stream " + streamKey + " of account " + account, () -> {
            if (oneWriterAtATime) {
                writers.lock();
            }
            try {
                return dsl.transactionResult(tx -> write(tx.dsl(), account, streamKey, rows, checkpoint));
            } finally {
                if (oneWriterAtATime) {
                    writers.unlock();
                }
            }
        });
    }

    /**
     * Moves the checkpoint first: its row lock makes concurrent writers of one stream take turns
     * for the rest of the transaction, so a stream's pages never interleave.
     */
    private int write(DSLContext tx, String account, String streamKey, List<Object[]> rows, Checkpoint checkpoint) {
        saveCheckpoint(tx, account, streamKey, checkpoint);
        return rows.isEmpty() ? 0 : tx.connectionResult(connection -> insert.insertNew(connection, rows));
    }

    /** One row per distinct id, ordered by id. */
    private static List<Object[]> rowsOf(String account, List<EngagementEvent> events) {
        Map<String, EngagementEvent> byId = new TreeMap<>();
        for (EngagementEvent event : events) {
            if (!event.account().equals(account)) {
                throw new IllegalArgumentException(
                        "event " + event.id() + " belongs to account " + event.account() + ", not " + account);
            }
            byId.putIfAbsent(event.id().value(), event);
        }
        return byId.values().stream()
                .map(e -> EventRecords.toRecord(e).intoArray())
                .toList();
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

    @Override
    public Map<String, Checkpoint> checkpoints(String account) {
        return calls.run("reading the checkpoints of account " + account, () -> dsl.selectFrom(STREAM_CHECKPOINT)
                .where(STREAM_CHECKPOINT.ACCOUNT.eq(account))
                .fetchMap(
                        STREAM_CHECKPOINT.STREAM_KEY,
                        row -> new Checkpoint(row.getPositionText(), row.getFingerprint())));
    }

    @Override
    public EventPage find(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return calls.run("listing events", () -> EventFinder.find(dsl, query));
    }

    @Override
    public CampaignStatistics statistics(String account, String campaignId) {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        return calls.run(
                "computing statistics of campaign " + campaignId + " of account " + account,
                () -> CampaignStatisticsQuery.compute(dsl, account, campaignId));
    }

    @Override
    public long erase(String account, RecipientSelector recipient) {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(recipient, "recipient");
        return calls.run("erasing a recipient of account " + account, () -> (long) dsl.deleteFrom(ENGAGEMENT_EVENT)
                .where(ENGAGEMENT_EVENT.ACCOUNT.eq(account))
                .and(
                        recipient.email() != null
                                ? ENGAGEMENT_EVENT.RECIPIENT_EMAIL.eq(recipient.email())
                                : ENGAGEMENT_EVENT.RECIPIENT_ID.eq(recipient.recipientId()))
                .execute());
    }
}
