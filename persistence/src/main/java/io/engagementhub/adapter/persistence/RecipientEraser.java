package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_DEVICE_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_LINK_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.CAMPAIGN_TYPE_COUNT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_CLIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.RecipientSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Erases a recipient in one transaction: their events, what those events added to the maintained
 * statistics, and the dimension rows that held the address and ids (an address row always; the
 * recipient row once no address of it is left). Selected by email, only that address's events go.
 */
final class RecipientEraser {

    private static final Field<String> DEVICE = coalesce(EVENT_CLIENT.DEVICE_TYPE, inline(DeviceType.UNKNOWN.name()));

    private static final MachineCounters MACHINE = new MachineCounters();

    private RecipientEraser() {}

    static long erase(DSLContext tx, String account, RecipientSelector selector) {
        var found = tx.select(EVENT_ADDRESS.ADDRESS_KEY, EVENT_ADDRESS.RECIPIENT_KEY)
                .from(EVENT_ADDRESS)
                .join(EVENT_RECIPIENT)
                .on(EVENT_RECIPIENT.RECIPIENT_KEY.eq(EVENT_ADDRESS.RECIPIENT_KEY))
                .where(EVENT_RECIPIENT.ACCOUNT.eq(account))
                .and(
                        selector.email() != null
                                ? EVENT_ADDRESS.EMAIL.eq(selector.email())
                                : EVENT_RECIPIENT.RECIPIENT_ID.eq(selector.recipientId()))
                .fetch();
        if (found.isEmpty()) {
            return 0;
        }
        Set<Integer> addresses = new TreeSet<>(found.getValues(EVENT_ADDRESS.ADDRESS_KEY));
        Set<Integer> recipients = new TreeSet<>(found.getValues(EVENT_ADDRESS.RECIPIENT_KEY));
        Set<Integer> campaigns = subtractCounts(tx, addresses);
        List<MachineCounters.Counted> classified = StoredClassification.counted(
                tx,
                tx.selectFrom(STORED_EVENT)
                        .where(STORED_EVENT.ADDRESS_KEY.in(addresses))
                        .and(STORED_EVENT.EVENT_TYPE.in(TypeCodes.OPENED, TypeCodes.CLICKED))
                        .fetch());
        long erased = tx.deleteFrom(STORED_EVENT)
                .where(STORED_EVENT.ADDRESS_KEY.in(addresses))
                .execute();
        tx.connection(connection -> MACHINE.change(connection, classified, List.of()));
        Set<Long> recounted = new TreeSet<>();
        for (int recipient : recipients) {
            campaigns.forEach(campaign -> recounted.add(CampaignRecipients.key(recipient, campaign)));
        }
        CampaignRecipients.recount(tx, recounted).apply(tx);
        tx.deleteFrom(EVENT_ADDRESS)
                .where(EVENT_ADDRESS.ADDRESS_KEY.in(addresses))
                .execute();
        tx.deleteFrom(EVENT_RECIPIENT)
                .where(EVENT_RECIPIENT.RECIPIENT_KEY.in(recipients))
                .and(notExists(selectOne()
                        .from(EVENT_ADDRESS)
                        .where(EVENT_ADDRESS.RECIPIENT_KEY.eq(EVENT_RECIPIENT.RECIPIENT_KEY))))
                .execute();
        return erased;
    }

    /** Takes the erased events out of the event, click and device counts; answers their campaigns. */
    private static Set<Integer> subtractCounts(DSLContext tx, Set<Integer> addresses) {
        var erased = STORED_EVENT.ADDRESS_KEY.in(addresses);
        Set<Integer> campaigns = new TreeSet<>(subtract(
                tx,
                STORED_EVENT,
                erased,
                STORED_EVENT.EVENT_TYPE,
                CAMPAIGN_TYPE_COUNT.EVENTS,
                CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY,
                CAMPAIGN_TYPE_COUNT.EVENT_TYPE));
        subtract(
                tx,
                STORED_EVENT,
                erased.and(STORED_EVENT.EVENT_TYPE.eq(TypeCodes.CLICKED)),
                STORED_EVENT.LINK_KEY,
                CAMPAIGN_LINK_COUNT.CLICKS,
                CAMPAIGN_LINK_COUNT.CAMPAIGN_KEY,
                CAMPAIGN_LINK_COUNT.LINK_KEY);
        subtract(
                tx,
                STORED_EVENT.leftJoin(EVENT_CLIENT).on(EVENT_CLIENT.CLIENT_KEY.eq(STORED_EVENT.CLIENT_KEY)),
                erased.and(STORED_EVENT.EVENT_TYPE.in(TypeCodes.OPENED, TypeCodes.CLICKED)),
                DEVICE,
                CAMPAIGN_DEVICE_COUNT.EVENTS,
                CAMPAIGN_DEVICE_COUNT.CAMPAIGN_KEY,
                CAMPAIGN_DEVICE_COUNT.DEVICE_TYPE);
        for (var counter :
                List.of(CAMPAIGN_TYPE_COUNT.EVENTS, CAMPAIGN_LINK_COUNT.CLICKS, CAMPAIGN_DEVICE_COUNT.EVENTS)) {
            tx.deleteFrom(counter.getTable()).where(counter.le(0L)).execute();
        }
        return campaigns;
    }

    /**
     * Takes the erased events of {@code from}, counted per campaign and {@code by}, off {@code counter}
     * in the row of that campaign and {@code key}.
     *
     * @return the campaigns it counted in
     */
    private static <R extends Record, T> List<Integer> subtract(
            DSLContext tx,
            Table<?> from,
            Condition erased,
            Field<T> by,
            TableField<R, Long> counter,
            TableField<R, Integer> campaign,
            TableField<R, T> key) {
        List<Integer> counted = new ArrayList<>();
        for (var row : tx.select(STORED_EVENT.CAMPAIGN_KEY, by, count())
                .from(from)
                .where(erased)
                .groupBy(STORED_EVENT.CAMPAIGN_KEY, by)
                .orderBy(STORED_EVENT.CAMPAIGN_KEY, by)
                .fetch()) {
            counted.add(row.value1());
            tx.update(counter.getTable())
                    .set(counter, counter.minus(row.value3()))
                    .where(campaign.eq(row.value1()))
                    .and(key.eq(row.value2()))
                    .execute();
        }
        return counted;
    }
}
