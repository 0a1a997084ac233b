package io.engagementhub.domain.port.in;

/** Forgets a recipient (a data-subject erasure request). */
public interface EraseRecipientUseCase {

    /**
     * Deletes every stored event of the command's recipient in its account, and suppresses the recipient so
     * that no later sync stores its events again. The recipient is known by the selected email
     * address or provider id and by every other id or address its stored events carry, so erasing
     * by email also covers the same recipient's events that carry only its provider id. Nothing is
     * erased at the provider.
     *
     * @return how many events were deleted
     * @throws UnknownAccountException if no such account is configured
     */
    long erase(EraseRecipientCommand command);
}
