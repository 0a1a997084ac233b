package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.Require;
import java.util.Objects;

/**
 * Forget one recipient of one account.
 *
 * @param account the configured account
 * @param recipient the recipient, by email address or provider id
 */
public record EraseRecipientCommand(String account, RecipientSelector recipient) {

    public EraseRecipientCommand {
        Require.nonBlank(account, "account");
        Objects.requireNonNull(recipient, "recipient");
    }
}
