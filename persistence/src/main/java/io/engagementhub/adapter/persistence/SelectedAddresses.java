package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;

import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The recipients and addresses of an account that a recipient id, an email or both select, for a
 * listing or an erasure. A recipient's home address is in its own row and its further addresses in
 * {@code event_address} (see {@link RecipientDimension}), so an email can select a recipient's
 * home, some of its further addresses, or both.
 *
 * @param recipients every recipient with a selected address
 * @param homes the recipients whose home address is selected
 * @param further the selected further addresses
 * @param whole whether every address of the recipients is selected (a selection by id alone)
 */
record SelectedAddresses(Set<Integer> recipients, Set<Integer> homes, Set<Integer> further, boolean whole) {

    static SelectedAddresses of(DSLContext dsl, String account, String recipientId, String email) {
        Condition ofRecipient = EVENT_RECIPIENT
                .ACCOUNT
                .eq(account)
                .and(recipientId == null ? noCondition() : EVENT_RECIPIENT.RECIPIENT_ID.eq(recipientId));
        Set<Integer> homes = new TreeSet<>(dsl.select(EVENT_RECIPIENT.RECIPIENT_KEY)
                .from(EVENT_RECIPIENT)
                .where(ofRecipient)
                .and(email == null ? noCondition() : EVENT_RECIPIENT.EMAIL.eq(email))
                .fetch(EVENT_RECIPIENT.RECIPIENT_KEY));
        if (email == null) {
            return new SelectedAddresses(homes, homes, Set.of(), true);
        }
        Set<Integer> recipients = new TreeSet<>(homes);
        Set<Integer> further = new TreeSet<>();
        dsl.select(EVENT_ADDRESS.ADDRESS_KEY, EVENT_ADDRESS.RECIPIENT_KEY)
                .from(EVENT_ADDRESS)
                .join(EVENT_RECIPIENT)
                .on(EVENT_RECIPIENT.RECIPIENT_KEY.eq(EVENT_ADDRESS.RECIPIENT_KEY))
                .where(ofRecipient)
                .and(EVENT_ADDRESS.EMAIL.eq(email))
                .forEach(row -> {
                    further.add(row.value1());
                    recipients.add(row.value2());
                });
        return new SelectedAddresses(recipients, homes, further, false);
    }

    boolean isEmpty() {
        return recipients.isEmpty();
    }

    /**
     * The selected addresses' events: looked up by recipient (the event table's index), then kept
     * if of a selected address (an event of a home address has no address key).
     */
    Condition events() {
        Condition byRecipient = STORED_EVENT.RECIPIENT_KEY.in(recipients);
        if (whole) {
            return byRecipient;
        }
        return byRecipient.and(or(
                STORED_EVENT.RECIPIENT_KEY.in(homes).and(STORED_EVENT.ADDRESS_KEY.isNull()),
                STORED_EVENT.ADDRESS_KEY.in(further)));
    }
}
