package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CAMPAIGN;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.HumanMachine;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.SQLDataType;

/**
 * A campaign's timeline, counted by the database: one group per bucket and type over the
 * campaign's index (campaign key, time), so only the buckets' counts leave the database. Buckets
 * are whole multiples of their width since the epoch in UTC, computed from the epoch seconds of
 * each event (the same on H2 and PostgreSQL, whatever a session's time zone).
 */
final class TimelineReader {

    private TimelineReader() {}

    static Optional<EventSpan> span(DSLContext dsl, String account, String campaignId) {
        return dsl.transactionResult(tx -> {
            Integer campaign = campaignKey(tx.dsl(), account, campaignId);
            if (campaign == null) {
                return Optional.empty();
            }
            Record2<Instant, Instant> span = tx.dsl()
                    .select(min(STORED_EVENT.OCCURRED_AT), max(STORED_EVENT.OCCURRED_AT))
                    .from(STORED_EVENT)
                    .where(STORED_EVENT.CAMPAIGN_KEY.eq(campaign))
                    .fetchOne();
            return span == null || span.value1() == null
                    ? Optional.empty()
                    : Optional.of(new EventSpan(span.value1(), span.value2()));
        });
    }

    static List<TimelineBucket> timeline(
            DSLContext dsl, String account, String campaignId, TimeBucket bucket, Instant from, Instant to) {
        return dsl.transactionResult(tx -> {
            Integer campaign = campaignKey(tx.dsl(), account, campaignId);
            return campaign == null ? List.<TimelineBucket>of() : buckets(tx.dsl(), campaign, bucket, from, to);
        });
    }

    private static List<TimelineBucket> buckets(
            DSLContext dsl, int campaign, TimeBucket bucket, Instant from, Instant to) {
        long width = bucket.width().toSeconds();
        Field<Long> slot = field(
                "floor(extract(epoch from {0}) / {1})", SQLDataType.BIGINT, STORED_EVENT.OCCURRED_AT, inline(width));
        Field<BigDecimal> machine = sum(when(machine(), inline(1)).otherwise(inline(0)));
        Field<BigDecimal> human = sum(when(machine(), inline(0)).otherwise(inline(1)));
        Map<Long, Map<EngagementType, HumanMachine>> bySlot = new TreeMap<>();
        dsl.select(slot, STORED_EVENT.EVENT_TYPE, human, machine)
                .from(STORED_EVENT)
                .where(STORED_EVENT.CAMPAIGN_KEY.eq(campaign))
                .and(STORED_EVENT.OCCURRED_AT.ge(from))
                .and(STORED_EVENT.OCCURRED_AT.lt(to))
                .groupBy(slot, STORED_EVENT.EVENT_TYPE)
                .forEach(row -> bySlot.computeIfAbsent(row.value1(), s -> new EnumMap<>(EngagementType.class))
                        .put(
                                TypeCodes.type(row.value2()),
                                new HumanMachine(
                                        row.value3().longValue(), row.value4().longValue())));
        List<TimelineBucket> buckets = new ArrayList<>(bySlot.size());
        bySlot.forEach(
                (start, counts) -> buckets.add(new TimelineBucket(Instant.ofEpochSecond(start * width), counts)));
        return buckets;
    }

    /**
     * Which stored events are machine events in the timeline: those flagged with a reason other
     * than an image proxy (which is a person's open), as in the events listing and the counters.
     */
    static Condition machine() {
        return STORED_EVENT.MACHINE_REASONS.notIn(CountedEvent.HUMAN_MASKS);
    }

    private static Integer campaignKey(DSLContext dsl, String account, String campaignId) {
        return dsl.select(EVENT_CAMPAIGN.CAMPAIGN_KEY)
                .from(EVENT_CAMPAIGN)
                .where(EVENT_CAMPAIGN.CAMPAIGN_ID.eq(campaignId), EVENT_CAMPAIGN.ACCOUNT.eq(account))
                .fetchOne(EVENT_CAMPAIGN.CAMPAIGN_KEY);
    }
}
