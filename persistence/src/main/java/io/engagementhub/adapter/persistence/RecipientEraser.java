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
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;

import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.RecipientSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row2;

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
        var typesErased = new ArrayList<Row2<Integer, Short>>();
        var linksErased = new ArrayList<Row2<Integer, Integer>>();
        subtractCounts(tx, addresses, typesErased, linksErased);
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
        SeenRemoval.forget(tx, recipients, typesErased, linksErased);
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

    /** Takes the erased events out of the event, click and device counts. */
    private static void subtractCounts(
            DSLContext tx,
            Set<Integer> addresses,
            List<Row2<Integer, Short>> typesErased,
            List<Row2<Integer, Integer>> linksErased) {
        var erased = STORED_EVENT.ADDRESS_KEY.in(addresses);
        for (var row : tx.select(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.EVENT_TYPE, count())
                .from(STORED_EVENT)
                .where(erased)
                .groupBy(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.EVENT_TYPE)
                .orderBy(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.EVENT_TYPE)
                .fetch()) {
            typesErased.add(row(row.value1(), row.value2()));
            tx.update(CAMPAIGN_TYPE_COUNT)
                    .set(CAMPAIGN_TYPE_COUNT.EVENTS, CAMPAIGN_TYPE_COUNT.EVENTS.minus(row.value3()))
                    .where(CAMPAIGN_TYPE_COUNT.CAMPAIGN_KEY.eq(row.value1()))
                    .and(CAMPAIGN_TYPE_COUNT.EVENT_TYPE.eq(row.value2()))
                    .execute();
        }
        for (var row : tx.select(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.LINK_KEY, count())
                .from(STORED_EVENT)
                .where(erased.and(STORED_EVENT.EVENT_TYPE.eq(TypeCodes.CLICKED)))
                .groupBy(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.LINK_KEY)
                .orderBy(STORED_EVENT.CAMPAIGN_KEY, STORED_EVENT.LINK_KEY)
                .fetch()) {
            linksErased.add(row(row.value1(), row.value2()));
            tx.update(CAMPAIGN_LINK_COUNT)
                    .set(CAMPAIGN_LINK_COUNT.CLICKS, CAMPAIGN_LINK_COUNT.CLICKS.minus(row.value3()))
                    .where(CAMPAIGN_LINK_COUNT.CAMPAIGN_KEY.eq(row.value1()))
                    .and(CAMPAIGN_LINK_COUNT.LINK_KEY.eq(row.value2()))
                    .execute();
        }
        for (var row : tx.select(STORED_EVENT.CAMPAIGN_KEY, DEVICE, count())
                .from(STORED_EVENT)
                .leftJoin(EVENT_CLIENT)
                .on(EVENT_CLIENT.CLIENT_KEY.eq(STORED_EVENT.CLIENT_KEY))
                .where(erased.and(STORED_EVENT.EVENT_TYPE.in(TypeCodes.OPENED, TypeCodes.CLICKED)))
                .groupBy(STORED_EVENT.CAMPAIGN_KEY, DEVICE)
                .orderBy(STORED_EVENT.CAMPAIGN_KEY, DEVICE)
                .fetch()) {
            tx.update(CAMPAIGN_DEVICE_COUNT)
                    .set(CAMPAIGN_DEVICE_COUNT.EVENTS, CAMPAIGN_DEVICE_COUNT.EVENTS.minus(row.value3()))
                    .where(CAMPAIGN_DEVICE_COUNT.CAMPAIGN_KEY.eq(row.value1()))
                    .and(CAMPAIGN_DEVICE_COUNT.DEVICE_TYPE.eq(row.value2()))
                    .execute();
        }
        tx.deleteFrom(CAMPAIGN_TYPE_COUNT)
                .where(CAMPAIGN_TYPE_COUNT.EVENTS.le(0L))
                .execute();
        tx.deleteFrom(CAMPAIGN_LINK_COUNT)
                .where(CAMPAIGN_LINK_COUNT.CLICKS.le(0L))
                .execute();
        tx.deleteFrom(CAMPAIGN_DEVICE_COUNT)
                .where(CAMPAIGN_DEVICE_COUNT.EVENTS.le(0L))
                .execute();
    }
}
