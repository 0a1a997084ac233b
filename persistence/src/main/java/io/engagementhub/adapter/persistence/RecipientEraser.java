package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.engagementhub.domain.model.RecipientSelector;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Erases a recipient in one transaction: their events, what those events added to the maintained
 * statistics, and the dimension rows that held the address and ids (an address row always; the
 * recipient row once no address of it is left). Selected by email, only that address's events go.
 */
final class RecipientEraser {

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
        CampaignCounts counts = new CampaignCounts();
        Set<Long> recounted = new TreeSet<>();
        for (CountedEvent event : CountedEvent.of(
                tx,
                tx.selectFrom(STORED_EVENT)
                        .where(STORED_EVENT.ADDRESS_KEY.in(addresses))
                        .fetch())) {
            counts.remove(event);
            recounted.add(CampaignRecipients.key(event.recipientKey(), event.campaignKey()));
        }
        long erased = tx.deleteFrom(STORED_EVENT)
                .where(STORED_EVENT.ADDRESS_KEY.in(addresses))
                .execute();
        CampaignRecipients.recount(tx, recounted, counts);
        counts.write(tx);
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
}
