package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Writes {@code stored_event} rows. Which ids the account already has is asked first (a lookup by
 * the primary key's leading column, the event id, so no planner can prefer the account's time
 * index; the account is compared here), and only the new events are inserted, with one
 * statement bound once per row in a JDBC batch: cheaper than {@code ON CONFLICT DO NOTHING} on both
 * databases, and the statistics must know which events are new anyway. A batch has one statement
 * text, which jOOQ renders and the database parses once per page; a multi-row insert's text changes
 * with its row count, so H2 parsed each anew. A concurrent writer that inserted one of the same
 * events first makes the insert fail on the key; the append is then retried as a whole.
 */
final class EventRowInsert {

    private EventRowInsert() {}

    /** The ids among {@code ids} (all of {@code account}) that are stored already. */
    static Set<String> stored(DSLContext tx, String account, List<String> ids) {
        Set<String> stored = new HashSet<>();
        for (List<String> chunk : Chunks.of(tx, ids)) {
            tx.select(STORED_EVENT.EVENT_ID, STORED_EVENT.ACCOUNT)
                    .from(STORED_EVENT)
                    .where(Chunks.in(tx, STORED_EVENT.EVENT_ID, chunk))
                    .forEach(row -> {
                        if (account.equals(row.value2())) {
                            stored.add(row.value1());
                        }
                    });
        }
        return stored;
    }

    static void insert(DSLContext tx, List<EventRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var e = STORED_EVENT;
        BatchBindStep insert = tx.batch(tx.insertInto(
                        e,
                        e.ACCOUNT,
                        e.EVENT_ID,
                        e.EVENT_TYPE,
                        e.OCCURRED_AT,
                        e.CAMPAIGN_KEY,
                        e.ORIGIN_KEY,
                        e.ADDRESS_KEY,
                        e.LINK_KEY,
                        e.LINK_TITLE,
                        e.CLIENT_KEY,
                        e.BOUNCE_KEY,
                        e.PROVIDER_EVENT_ID,
                        e.MACHINE_REASONS,
                        e.AGENT_KEY)
                .values(null, null, (Short) null, null, null, null, null, null, null, null, null, null, null, null));
        for (EventRow row : rows) {
            insert = insert.bind(
                    row.account(),
                    row.eventId(),
                    row.typeCode(),
                    row.occurredAt(),
                    row.campaignKey(),
                    row.originKey(),
                    row.addressKey(),
                    row.linkKey(),
                    row.linkTitle(),
                    row.clientKey(),
                    row.bounceKey(),
                    row.providerEventId(),
                    row.machineReasons(),
                    row.agentKey());
        }
        insert.execute();
    }
}
