package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.adapter.persistence.EventDimensions.AddressRow;
import io.engagementhub.adapter.persistence.EventDimensions.RecipientRow;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A dimension's new rows are inserted in one batch whose generated keys are matched to the rows by
 * their order: each value must get the key the database gave its row, whether it was looked for
 * first or is known to be new (the addresses of a recipient the same transaction made).
 */
abstract class DimensionKeysBehaviour {

    @AutoClose
    private static TestDatabase database;

    static void open(TestDatabase opened) {
        database = opened;
        Persistence.create(opened.dataSource(), PersistenceSettings.unencrypted());
    }

    @Test
    void everyNewRowGetsTheKeyOfItsOwnRow() {
        EventDimensions dimensions = new EventDimensions(false);
        // Ids in an order unlike the one they are inserted in (the unique key's), so that a key
        // matched to the wrong row would show.
        List<RecipientRow> recipients = IntStream.range(0, 500)
                .mapToObj(i -> new RecipientRow("recipient-" + (i * 7_919 % 500), "keys"))
                .toList();
        DSLContext dsl = database.raw();

        var recipientKeys = dsl.transactionResult(tx -> dimensions.recipients.resolve(tx.dsl(), recipients));
        List<AddressRow> addresses = recipients.stream()
                .map(r -> new AddressRow(recipientKeys.keyOf(r), r.recipientId() + "@example.org", "", ""))
                .toList();
        var addressKeys = dsl.transactionResult(tx -> dimensions.addresses.resolve(
                tx.dsl(), addresses, a -> recipientKeys.inserted().contains(a.recipientKey())));

        Map<String, Integer> recipientRows = dsl.select(EVENT_RECIPIENT.RECIPIENT_ID, EVENT_RECIPIENT.RECIPIENT_KEY)
                .from(EVENT_RECIPIENT)
                .fetchMap(EVENT_RECIPIENT.RECIPIENT_ID, EVENT_RECIPIENT.RECIPIENT_KEY);
        Map<String, Integer> addressRows = dsl.select(EVENT_ADDRESS.EMAIL, EVENT_ADDRESS.ADDRESS_KEY)
                .from(EVENT_ADDRESS)
                .fetchMap(EVENT_ADDRESS.EMAIL, EVENT_ADDRESS.ADDRESS_KEY);
        assertThat(recipientRows).hasSize(500);
        assertThat(addressRows).hasSize(500);
        assertThat(recipientKeys.inserted()).containsExactlyInAnyOrderElementsOf(recipientRows.values());
        recipients.forEach(
                r -> assertThat(recipientKeys.keyOf(r)).as("%s", r).isEqualTo(recipientRows.get(r.recipientId())));
        addresses.forEach(a -> assertThat(addressKeys.keyOf(a)).as("%s", a).isEqualTo(addressRows.get(a.email())));
    }
}
