package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.engagementhub.domain.model.RecipientSelector;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Erases a recipient in one transaction: their events, what those events added to the maintained
 * statistics, and the rows that held the address and ids. Selected by email, only that address's
 * events go, with its further-address row, or with the home address in the recipient's row; the
 * recipient row goes once no address of it is left.
 */
final class RecipientEraser {

    private RecipientEraser() {}

    static long erase(DSLContext tx, String account, RecipientSelector selector) {
        SelectedAddresses selected = SelectedAddresses.of(tx, account, selector.recipientId(), selector.email());
        if (selected.isEmpty()) {
            return 0;
        }
        CampaignRecipients.lock(tx, selected.recipients());
        CampaignCounts counts = new CampaignCounts();
        Set<Long> recounted = new TreeSet<>();
        List<CountedEvent> events = CountedEvent.of(
                tx, tx.selectFrom(STORED_EVENT).where(selected.events()).fetch());
        for (CountedEvent event : events) {
            counts.remove(event);
            recounted.add(CampaignRecipients.key(event.recipientKey(), event.campaignKey()));
        }
        CampaignRecipients.Snapshot before = CampaignRecipients.read(tx, recounted, Set.of());
        long erased = tx.deleteFrom(STORED_EVENT).where(selected.events()).execute();
        CampaignRecipients.recount(tx, before, counts);
        counts.write(tx);
        if (selected.whole()) {
            tx.deleteFrom(EVENT_ADDRESS)
                    .where(EVENT_ADDRESS.RECIPIENT_KEY.in(selected.recipients()))
                    .execute();
        } else {
            tx.deleteFrom(EVENT_ADDRESS)
                    .where(EVENT_ADDRESS.ADDRESS_KEY.in(selected.further()))
                    .execute();
        }
        tx.update(EVENT_RECIPIENT)
                .setNull(EVENT_RECIPIENT.EMAIL)
                .setNull(EVENT_RECIPIENT.PROFILE_ID)
                .setNull(EVENT_RECIPIENT.SUBPROFILE_ID)
                .where(EVENT_RECIPIENT.RECIPIENT_KEY.in(selected.homes()))
                .execute();
        tx.deleteFrom(EVENT_RECIPIENT)
                .where(EVENT_RECIPIENT.RECIPIENT_KEY.in(selected.recipients()))
                .and(EVENT_RECIPIENT.EMAIL.isNull())
                .and(notExists(selectOne()
                        .from(EVENT_ADDRESS)
                        .where(EVENT_ADDRESS.RECIPIENT_KEY.eq(EVENT_RECIPIENT.RECIPIENT_KEY))))
                .execute();
        return erased;
    }
}
