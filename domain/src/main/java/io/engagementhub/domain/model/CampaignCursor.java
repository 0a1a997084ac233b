package io.engagementhub.domain.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * The keyset position after the last campaign of a page. Campaigns are listed newest sent first,
 * those without a send time after all dated ones, ties (and the undated) by campaign id; the next
 * page starts strictly after this position. It travels as an opaque URL-safe string.
 *
 * @param sentAt the last campaign's send time, or null if it had none
 * @param campaignId the last campaign's id
 */
public record CampaignCursor(Instant sentAt, String campaignId) {

    private static final String SEPARATOR = "\n";

    /** The listing order: newest sent first, undated last, then by campaign id. */
    public static final Comparator<CampaignCursor> ORDER = Comparator.comparing(
                    CampaignCursor::sentAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(CampaignCursor::campaignId);

    public CampaignCursor {
        Require.nonBlank(campaignId, "cursor campaign id");
    }

    /** The position right after {@code campaign}. */
    public static CampaignCursor after(Campaign campaign) {
        return new CampaignCursor(campaign.sentAt(), campaign.campaignId());
    }

    /** The opaque form handed to clients. */
    public String encode() {
        String plain = (sentAt == null ? "" : sentAt.toString()) + SEPARATOR + campaignId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor from its opaque form.
     *
     * @throws IllegalArgumentException if {@code encoded} is not a campaign cursor this service issued
     */
    public static CampaignCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw new IllegalArgumentException("no separator");
            }
            String time = plain.substring(0, separator);
            return new CampaignCursor(
                    time.isEmpty() ? null : CursorValues.time(Instant.parse(time)),
                    CursorValues.text(plain.substring(separator + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this service issued", e);
        }
    }

    /** Whether {@code campaign} comes after this position in the listing order. */
    public boolean precedes(Campaign campaign) {
        return ORDER.compare(this, after(campaign)) < 0;
    }
}
