package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.ENGAGEMENT_EVENT;
import static org.jooq.impl.DSL.row;

import io.engagementhub.adapter.persistence.jooq.tables.records.EngagementEventRecord;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;

/**
 * Lists events in query order (time, event id, account) a page at a time. Pages continue with a
 * keyset condition on that order, never an offset, so a page costs the same however deep it is.
 */
final class EventFinder {

    private EventFinder() {}

    static EventPage find(DSLContext dsl, EventQuery query) {
        Result<EngagementEventRecord> rows = dsl.selectFrom(ENGAGEMENT_EVENT)
                .where(conditions(query))
                .orderBy(ENGAGEMENT_EVENT.OCCURRED_AT, ENGAGEMENT_EVENT.EVENT_ID, ENGAGEMENT_EVENT.ACCOUNT)
                .limit(query.limit() + 1)
                .fetch();
        List<EngagementEvent> items = new ArrayList<>(Math.min(rows.size(), query.limit()));
        for (int i = 0; i < rows.size() && i < query.limit(); i++) {
            items.add(EventRecords.fromRecord(rows.get(i)));
        }
        EventCursor next = rows.size() > query.limit() ? EventCursor.after(items.get(items.size() - 1)) : null;
        return new EventPage(items, next);
    }

    private static List<Condition> conditions(EventQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.account() != null) {
            conditions.add(ENGAGEMENT_EVENT.ACCOUNT.eq(query.account()));
        }
        if (!query.types().isEmpty()) {
            conditions.add(ENGAGEMENT_EVENT.EVENT_TYPE.in(
                    query.types().stream().map(EngagementType::name).sorted().toList()));
        }
        if (query.campaignId() != null) {
            conditions.add(ENGAGEMENT_EVENT.CAMPAIGN_ID.eq(query.campaignId()));
        }
        if (query.recipientId() != null) {
            conditions.add(ENGAGEMENT_EVENT.RECIPIENT_ID.eq(query.recipientId()));
        }
        if (query.email() != null) {
            conditions.add(ENGAGEMENT_EVENT.RECIPIENT_EMAIL.eq(query.email()));
        }
        if (query.from() != null) {
            conditions.add(ENGAGEMENT_EVENT.OCCURRED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(ENGAGEMENT_EVENT.OCCURRED_AT.lt(query.to()));
        }
        if (query.after() != null) {
            conditions.add(after(query.account(), query.after()));
        }
        return conditions;
    }

    /**
     * Strictly after {@code cursor} in (time, id, account) order. Within one account the account
     * is constant, so the condition narrows to (time, id), which the account-time index serves.
     */
    private static Condition after(String account, EventCursor cursor) {
        if (account == null) {
            return row(ENGAGEMENT_EVENT.OCCURRED_AT, ENGAGEMENT_EVENT.EVENT_ID, ENGAGEMENT_EVENT.ACCOUNT)
                    .gt(cursor.occurredAt(), cursor.eventId(), cursor.account());
        }
        var timeAndId = row(ENGAGEMENT_EVENT.OCCURRED_AT, ENGAGEMENT_EVENT.EVENT_ID);
        return account.compareTo(cursor.account()) > 0
                ? timeAndId.ge(cursor.occurredAt(), cursor.eventId())
                : timeAndId.gt(cursor.occurredAt(), cursor.eventId());
    }
}
