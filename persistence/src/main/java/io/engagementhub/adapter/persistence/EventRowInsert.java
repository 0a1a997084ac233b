package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.JdbcBatch.column;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Writes {@code stored_event} rows. Which ids the account already has is asked first, through the
 * index that keeps each id stored once ({@link StoredEventIds}), and only the new events are
 * inserted ({@link JdbcBatch}: a batch on H2, one statement of arrays on PostgreSQL): cheaper than
 * {@code ON CONFLICT DO NOTHING} on both databases, and the statistics must know which events are
 * new anyway. Either has one statement text, which jOOQ renders and the database parses once per
 * page; a multi-row insert's text changes with its row count, so H2 parsed each anew. A concurrent
 * writer that inserted one of the same events first makes the insert fail on that index; the
 * append is then retried as a whole.
 */
final class EventRowInsert {

    private static final JdbcBatch<EventRow> INSERT = new JdbcBatch<>(List.of(
            column(STORED_EVENT.ACCOUNT, EventRow::account),
            column(STORED_EVENT.EVENT_ID, EventRow::eventId),
            column(STORED_EVENT.EVENT_TYPE, EventRow::typeCode),
            column(STORED_EVENT.OCCURRED_AT, EventRow::occurredAt),
            column(STORED_EVENT.CAMPAIGN_KEY, EventRow::campaignKey),
            column(STORED_EVENT.ORIGIN_KEY, EventRow::originKey),
            column(STORED_EVENT.RECIPIENT_KEY, EventRow::recipientKey),
            column(STORED_EVENT.ADDRESS_KEY, EventRow::addressKey),
            column(STORED_EVENT.LINK_KEY, EventRow::linkKey),
            column(STORED_EVENT.LINK_TITLE, EventRow::linkTitle),
            column(STORED_EVENT.CLIENT_KEY, EventRow::clientKey),
            column(STORED_EVENT.BOUNCE_KEY, EventRow::bounceKey),
            column(STORED_EVENT.PROVIDER_EVENT_ID, EventRow::providerEventId),
            column(STORED_EVENT.MACHINE_REASONS, EventRow::machineReasons),
            column(STORED_EVENT.AGENT_KEY, EventRow::agentKey)));

    private EventRowInsert() {}

    /** The ids among {@code ids} that {@code account} has stored already. */
    static Set<String> stored(DSLContext tx, String account, List<String> ids) {
        return new HashSet<>(StoredEventIds.valuesOf(tx, account, ids, STORED_EVENT.EVENT_ID));
    }

    static void insert(DSLContext tx, List<EventRow> rows) {
        INSERT.insert(tx, rows);
    }
}
