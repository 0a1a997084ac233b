package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.RecipientSelector;

/** Forgets a recipient (a data-subject erasure request). */
public interface EraseRecipientUseCase {

    /**
     * Deletes every stored event of the recipient in the account.
     *
     * @return how many events were deleted
     * @throws UnknownAccountException if no such account is configured
     */
    long erase(String account, RecipientSelector recipient);
}
