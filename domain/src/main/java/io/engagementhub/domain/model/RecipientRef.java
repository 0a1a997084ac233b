package io.engagementhub.domain.model;

/**
 * One recipient of one account.
 *
 * @param account the account
 * @param recipientId the provider's recipient id
 */
public record RecipientRef(String account, String recipientId) {

    public RecipientRef {
        Require.nonBlank(account, "account");
        Require.nonBlank(recipientId, "recipient id");
    }
}
