package io.engagementhub.domain.model;

import java.util.Locale;

/**
 * Who an event happened to.
 *
 * @param id the provider's per-recipient id: Copernica {@code destination}, Constant Contact
 *     {@code contact_id}; always present
 * @param email the address when the provider gives it (lower-cased and trimmed), otherwise null
 * @param profileId Copernica {@code profile}, null when absent or for other providers
 * @param subprofileId Copernica {@code subprofile}, null when absent or for other providers
 */
public record Recipient(String id, String email, String profileId, String subprofileId) {

    public Recipient {
        id = ProviderText.cut(Require.nonBlank(id, "recipient id"), ProviderText.ID_BYTES);
        email = email == null || email.isBlank()
                ? null
                : ProviderText.cut(email.trim().toLowerCase(Locale.ROOT), ProviderText.EMAIL_BYTES);
        profileId = ProviderText.cut(blankToNull(profileId), ProviderText.ID_BYTES);
        subprofileId = ProviderText.cut(blankToNull(subprofileId), ProviderText.ID_BYTES);
    }

    /** A recipient known only by the provider's id. */
    public static Recipient withId(String id) {
        return new Recipient(id, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
