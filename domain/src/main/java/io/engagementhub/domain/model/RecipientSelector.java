package io.engagementhub.domain.model;

import java.util.Locale;

/**
 * Picks one recipient's events, by email address (case-insensitive) or by provider recipient id.
 * Exactly one of the two is set.
 */
public record RecipientSelector(String email, String recipientId) {

    public RecipientSelector {
        if ((email == null) == (recipientId == null)) {
            throw new IllegalArgumentException("give exactly one of email and recipient id");
        }
        email = email == null
                ? null
                : ProviderText.cut(
                        Require.nonBlank(email, "email").trim().toLowerCase(Locale.ROOT), ProviderText.EMAIL_BYTES);
        recipientId = ProviderText.cut(Require.nullOrNonBlank(recipientId, "recipient id"), ProviderText.ID_BYTES);
    }

    public static RecipientSelector byEmail(String email) {
        return new RecipientSelector(email, null);
    }

    public static RecipientSelector byRecipientId(String recipientId) {
        return new RecipientSelector(null, recipientId);
    }

    /** Whether {@code event} belongs to the selected recipient. */
    public boolean matches(EngagementEvent event) {
        return email != null
                ? email.equals(event.recipient().email())
                : recipientId.equals(event.recipient().id());
    }
}
