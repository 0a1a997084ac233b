package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_ADDRESS;
import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.adapter.persistence.EventDimensions.AddressRow;
import io.engagementhub.adapter.persistence.RecipientDimension.Address;
import io.engagementhub.adapter.persistence.RecipientDimension.RecipientRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A dimension's new rows are inserted in one batch whose generated keys are matched to the rows by
 * their order: each value must get the key the database gave its row, whether it was looked for
 * first or is known to be new (the addresses of a recipient the same transaction made); a new
 * recipient's row holds the home address it was given.
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

        Map<RecipientRow, Address> homes = new LinkedHashMap<>();
        recipients.forEach(r -> homes.put(r, new Address(r.recipientId() + "@home.example.org", "", "")));
        var recipientKeys = dsl.transactionResult(tx -> dimensions.recipients.resolve(tx.dsl(), homes));
        List<AddressRow> addresses = recipients.stream()
                .map(r -> new AddressRow(recipientKeys.of(r).key(), r.recipientId() + "@example.org", "", ""))
                .toList();
        var addressKeys = dsl.transactionResult(tx -> dimensions.addresses.resolve(
                tx.dsl(), addresses, a -> recipientKeys.inserted().contains(a.recipientKey())));

        Map<String, Integer> recipientRows = dsl.select(EVENT_RECIPIENT.RECIPIENT_ID, EVENT_RECIPIENT.RECIPIENT_KEY)
                .from(EVENT_RECIPIENT)
                .fetchMap(EVENT_RECIPIENT.RECIPIENT_ID, EVENT_RECIPIENT.RECIPIENT_KEY);
        Map<Integer, String> homeEmails = dsl.select(EVENT_RECIPIENT.RECIPIENT_KEY, EVENT_RECIPIENT.EMAIL)
                .from(EVENT_RECIPIENT)
                .fetchMap(EVENT_RECIPIENT.RECIPIENT_KEY, EVENT_RECIPIENT.EMAIL);
        Map<String, Integer> addressRows = dsl.select(EVENT_ADDRESS.EMAIL, EVENT_ADDRESS.ADDRESS_KEY)
                .from(EVENT_ADDRESS)
                .fetchMap(EVENT_ADDRESS.EMAIL, EVENT_ADDRESS.ADDRESS_KEY);
        assertThat(recipientRows).hasSize(500);
        assertThat(addressRows).hasSize(500);
        assertThat(recipientKeys.inserted()).containsExactlyInAnyOrderElementsOf(recipientRows.values());
        recipients.forEach(r -> {
            int key = recipientKeys.of(r).key();
            assertThat(key).as("%s", r).isEqualTo(recipientRows.get(r.recipientId()));
            assertThat(recipientKeys.of(r).home()).isEqualTo(homes.get(r));
            assertThat(homeEmails.get(key)).as("%s", r).isEqualTo(homes.get(r).email());
        });
        addresses.forEach(a -> assertThat(addressKeys.keyOf(a)).as("%s", a).isEqualTo(addressRows.get(a.email())));
    }
}
