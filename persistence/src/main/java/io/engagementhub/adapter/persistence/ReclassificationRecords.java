package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CLASSIFICATION_STATE;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;

import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.RecipientRef;
import io.engagementhub.domain.model.ReclassificationState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The reclassification's bookkeeping: recipients in key order, and its saved state (one row). */
final class ReclassificationRecords {

    private static final short STATE_ROW = 1;

    private ReclassificationRecords() {}

    /** The key of the last recipient stored (the highest: keys are given in rising order). */
    static Optional<String> lastRecipient(DSLContext dsl) {
        Integer last = dsl.select(DSL.max(EVENT_RECIPIENT.RECIPIENT_KEY))
                .from(EVENT_RECIPIENT)
                .fetchOne(0, Integer.class);
        return Optional.ofNullable(last).map(String::valueOf);
    }

    /**
     * Up to {@code limit} recipients after the position and not after {@code upTo} (recipient
     * keys), in key order.
     */
    static RecipientBatch recipientsAfter(DSLContext dsl, String position, String upTo, int limit) {
        int after = position == null ? Integer.MIN_VALUE : Integer.parseInt(position);
        var rows = dsl.select(EVENT_RECIPIENT.RECIPIENT_KEY, EVENT_RECIPIENT.ACCOUNT, EVENT_RECIPIENT.RECIPIENT_ID)
                .from(EVENT_RECIPIENT)
                .where(EVENT_RECIPIENT.RECIPIENT_KEY.gt(after))
                .and(EVENT_RECIPIENT.RECIPIENT_KEY.le(Integer.parseInt(upTo)))
                .orderBy(EVENT_RECIPIENT.RECIPIENT_KEY)
                .limit(limit)
                .fetch();
        List<RecipientRef> recipients =
                rows.stream().map(r -> new RecipientRef(r.value2(), r.value3())).toList();
        String next = rows.size() < limit
                ? null
                : String.valueOf(rows.get(rows.size() - 1).value1());
        return new RecipientBatch(recipients, next);
    }

    static Optional<ReclassificationState> state(DSLContext dsl) {
        return dsl.selectFrom(CLASSIFICATION_STATE)
                .where(CLASSIFICATION_STATE.STATE_ID.eq(STATE_ROW))
                .fetchOptional(row -> new ReclassificationState(
                        row.getRulesVersion(),
                        row.getPositionText(),
                        row.getRecipientsDone(),
                        row.getEventsChanged(),
                        row.getComplete(),
                        row.getUpdatedAt()));
    }

    static void save(DSLContext dsl, ReclassificationState state) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CLASSIFICATION_STATE.RULES_VERSION, state.rulesVersion());
        values.put(CLASSIFICATION_STATE.POSITION_TEXT, state.position());
        values.put(CLASSIFICATION_STATE.RECIPIENTS_DONE, state.recipientsDone());
        values.put(CLASSIFICATION_STATE.EVENTS_CHANGED, state.eventsChanged());
        values.put(CLASSIFICATION_STATE.COMPLETE, state.complete());
        values.put(CLASSIFICATION_STATE.UPDATED_AT, state.updatedAt());
        int updated = dsl.update(CLASSIFICATION_STATE)
                .set(values)
                .where(CLASSIFICATION_STATE.STATE_ID.eq(STATE_ROW))
                .execute();
        if (updated == 0) {
            values.put(CLASSIFICATION_STATE.STATE_ID, STATE_ROW);
            dsl.insertInto(CLASSIFICATION_STATE).set(values).execute();
        }
    }
}
