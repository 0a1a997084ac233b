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
        Require.nonBlank(id, "recipient id");
        email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        profileId = blankToNull(profileId);
        subprofileId = blankToNull(subprofileId);
    }

    /** A recipient known only by the provider's id. */
    public static Recipient withId(String id) {
        return new Recipient(id, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
