package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;

import io.engagementhub.adapter.persistence.jooq.tables.records.StoredEventRecord;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/**
 * Lists events in query order (time, event id, account) a page at a time. Pages continue with a
 * keyset condition on that order, never an offset, so a page costs the same however deep it is.
 * Without an account, each account's page is read and the pages merged.
 * Campaign, recipient and email filters are turned into dimension keys first, so the page itself is
 * read from the event table alone (by campaign and time, by recipient, or by account, type and
 * time, one query a type); the dimension rows of the page are read by key afterwards.
 */
final class EventFinder {

    private static final Comparator<StoredEventRecord> ACROSS_ACCOUNTS = Comparator.comparing(
                    StoredEventRecord::getOccurredAt)
            .thenComparing(StoredEventRecord::getEventId)
            .thenComparing(StoredEventRecord::getAccount);
    private static final List<Short> ALL_TYPES =
            Arrays.stream(EngagementType.values()).map(TypeCodes::of).sorted().toList();

    private EventFinder() {}

    static EventPage find(DSLContext dsl, EventQuery query) {
        return dsl.transactionResult(tx -> page(tx.dsl(), query));
    }

    private static EventPage page(DSLContext dsl, EventQuery query) {
        List<StoredEventRecord> rows = query.account() == null ? acrossAccounts(dsl, query) : rows(dsl, query);
        List<StoredEventRecord> page = rows.subList(0, Math.min(rows.size(), query.limit()));
        StoredDimensions dims = StoredDimensions.of(dsl, page);
        List<EngagementEvent> items = new ArrayList<>(page.size());
        for (StoredEventRecord row : page) {
            items.add(EventRecords.fromRow(row, dims));
        }
        EventCursor next = rows.size() > query.limit() ? EventCursor.after(items.get(items.size() - 1)) : null;
        return new EventPage(items, next);
    }

    /** One more than a page of rows of one account's query, in query order. */
    private static List<StoredEventRecord> rows(DSLContext dsl, EventQuery query) {
        List<Condition> conditions = conditions(dsl, query);
        if (conditions == null) {
            return List.of();
        }
        boolean byType = query.recipientId() == null
                && query.email() == null
                && (query.campaignId() == null || (!query.types().isEmpty() && typesAreRarer(dsl, query)));
        if (!byType) {
            Condition types = query.types().isEmpty() ? noCondition() : STORED_EVENT.EVENT_TYPE.in(codes(query));
            return dsl.selectFrom(STORED_EVENT)
                    .where(conditions)
                    .and(types)
                    .orderBy(order(query))
                    .limit(query.limit() + 1)
                    .fetch();
        }
        return byType(dsl, query, conditions);
    }

    /**
     * An account's rows through its index (account, type, time, id): the first rows of each type
     * asked for (every type when none is), each type's read in index order, merged. A listing of a
     * rare type reads only that type's rows.
     */
    private static List<StoredEventRecord> byType(DSLContext dsl, EventQuery query, List<Condition> conditions) {
        List<Short> codes = query.types().isEmpty() ? ALL_TYPES : codes(query);
        List<StoredEventRecord> merged = new ArrayList<>();
        for (short code : codes) {
            merged.addAll(dsl.selectFrom(STORED_EVENT)
                    .where(conditions)
                    .and(STORED_EVENT.EVENT_TYPE.eq(code))
                    .orderBy(
                            STORED_EVENT.ACCOUNT,
                            STORED_EVENT.EVENT_TYPE,
                            STORED_EVENT.OCCURRED_AT,
                            STORED_EVENT.EVENT_ID)
                    .limit(query.limit() + 1)
                    .fetch());
        }
        if (codes.size() > 1) {
            merged.sort(ACROSS_ACCOUNTS);
        }
        return merged.subList(0, Math.min(merged.size(), query.limit() + 1));
    }

    /**
     * Whether the account has fewer rows of the types asked for than the campaign has rows, by the
     * stored counts: a page of a rare type in a large campaign is found sooner among the account's
     * rows of that type (read by type, the campaign a filter), and a page of a small campaign
     * sooner in the campaign's own rows.
     */
    private static boolean typesAreRarer(DSLContext dsl, EventQuery query) {
        BigDecimal ofTypes = eventsCounted(dsl, query.account(), CAMPAIGN_TYPE_COUNT.EVENT_TYPE.in(codes(query)));
        BigDecimal ofCampaign = eventsCounted(dsl, query.account(), EVENT_CAMPAIGN.CAMPAIGN_ID.eq(query.campaignId()));
        return ofTypes.compareTo(ofCampaign) < 0;
    }

    /** The events the counters hold for the account's campaign and type rows that match {@code which}. */
    private static BigDecimal eventsCounted(DSLContext dsl, String account, Condition which) {
        BigDecimal events = dsl.select(sum(CAMPAIGN_TYPE_COUNT.EVENTS))
                .from(CAMPAIGN_TYPE_COUNT)
                .join(EVENT_CAMPAIGN)
                .on(EVENT_CAMPAIGN.CAMPAIGN_KEY.eq(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY))
                .where(EVENT_CAMPAIGN.ACCOUNT.eq(account))
                .and(which)
                .fetchOne(0, BigDecimal.class);
        return events == null ? BigDecimal.ZERO : events;
    }

    private static List<Short> codes(EventQuery query) {
        return query.types().stream().map(TypeCodes::of).sorted().toList();
    }

    /**
     * One more than a page of rows in the cross-account order (time, id, account): the first rows of
     * each account, which that account's time index serves in order, merged. No index is kept in the
     * cross-account order itself: every append would pay for it, and accounts are few.
     */
    private static List<StoredEventRecord> acrossAccounts(DSLContext dsl, EventQuery query) {
        List<StoredEventRecord> merged = new ArrayList<>();
        for (String account : dsl.selectDistinct(EVENT_CAMPAIGN.ACCOUNT)
                .from(EVENT_CAMPAIGN)
                .orderBy(EVENT_CAMPAIGN.ACCOUNT)
                .fetch(EVENT_CAMPAIGN.ACCOUNT)) {
            merged.addAll(rows(dsl, query.withAccount(account)));
        }
        merged.sort(ACROSS_ACCOUNTS);
        return merged.subList(0, Math.min(merged.size(), query.limit() + 1));
    }

    /**
     * The query order of a listing by campaign, recipient or email, spelled as the index that
     * serves it spells it: the one campaign key is constant, so ordering by it first changes nothing
     * but lets H2 read the index in order instead of sorting every match (it does not skip constant
     * leading columns). Recipient and email listings are small and sorted after an index lookup.
     */
    private static List<OrderField<?>> order(EventQuery query) {
        if (query.campaignId() != null && query.recipientId() == null && query.email() == null) {
            return List.of(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.OCCURRED_AT, STORED_EVENT.EVENT_ID);
        }
        return List.of(STORED_EVENT.OCCURRED_AT, STORED_EVENT.EVENT_ID);
    }

    /**
     * The conditions on {@code stored_event} of a query of one account but its types, or null when
     * a filter matches no dimension row at all.
     */
    private static List<Condition> conditions(DSLContext dsl, EventQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(STORED_EVENT.ACCOUNT.eq(query.account()));
        if (query.campaignId() != null) {
            List<Integer> campaigns = dsl.select(EVENT_CAMPAIGN.CAMPAIGN_KEY)
                    .from(EVENT_CAMPAIGN)
                    .where(EVENT_CAMPAIGN.CAMPAIGN_ID.eq(query.campaignId()))
                    .and(EVENT_CAMPAIGN.ACCOUNT.eq(query.account()))
                    .fetch(EVENT_CAMPAIGN.CAMPAIGN_KEY);
            if (campaigns.isEmpty()) {
                return null;
            }
            conditions.add(
                    campaigns.size() == 1
                            ? STORED_EVENT.CAMPAIGN_KEY.eq(campaigns.get(0))
                            : STORED_EVENT.CAMPAIGN_KEY.in(campaigns));
        }
        if (query.recipientId() != null || query.email() != null) {
            SelectedAddresses selected = SelectedAddresses.of(dsl, query.account(), query.recipientId(), query.email());
            if (selected.isEmpty()) {
                return null;
            }
            conditions.add(selected.events());
        }
        if (query.machine() != null) {
            conditions.add(
                    query.machine()
                            ? STORED_EVENT.MACHINE_REASONS.notIn(CountedEvent.HUMAN_MASKS)
                            : STORED_EVENT.MACHINE_REASONS.in(CountedEvent.HUMAN_MASKS));
        }
        if (query.from() != null) {
            conditions.add(STORED_EVENT.OCCURRED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(STORED_EVENT.OCCURRED_AT.lt(query.to()));
        }
        if (query.after() != null) {
            // The plain lower bound on time lets an index range start at the cursor.
            conditions.add(STORED_EVENT.OCCURRED_AT.ge(query.after().occurredAt()));
            conditions.add(after(query.account(), query.after()));
        }
        return conditions;
    }

    /**
     * Strictly after {@code cursor} in (time, id, account) order. Within one account the account
     * is constant, so the condition narrows to (time, id), which the indexes serve.
     */
    private static Condition after(String account, EventCursor cursor) {
        var timeAndId = row(STORED_EVENT.OCCURRED_AT, STORED_EVENT.EVENT_ID);
        return account.compareTo(cursor.account()) > 0
                ? timeAndId.ge(cursor.occurredAt(), cursor.eventId())
                : timeAndId.gt(cursor.occurredAt(), cursor.eventId());
    }
}
