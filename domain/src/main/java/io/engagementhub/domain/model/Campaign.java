package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the provider says about one campaign (mailing as sent), kept beside its events so that
 * people can tell campaigns apart. Every detail is null where the provider does not give it.
 *
 * @param account the configured account
 * @param campaignId the campaign as events name it ({@link EngagementEvent#campaignId()})
 * @param name the campaign's name, or null
 * @param subject the subject line, or null
 * @param sentAt when it was sent (the provider's send time), or null
 * @param recipients how many recipients it was sent to, where the provider says, or null
 */
public record Campaign(
        String account, String campaignId, String name, String subject, Instant sentAt, Long recipients) {

    public Campaign {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        name = blankToNull(name);
        subject = blankToNull(subject);
        sentAt = sentAt == null ? null : sentAt.truncatedTo(ChronoUnit.MICROS);
        if (recipients != null) {
            Require.notNegative(recipients, "recipients");
        }
    }

    /** A campaign known only by its id (it has events, but no details yet). */
    public static Campaign unnamed(String account, String campaignId) {
        return new Campaign(account, campaignId, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
