package io.engagementhub.sandbox.constantcontact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of a tracking report as the simulator holds it: the ground truth tests compare with.
 * Optional texts are null when the row leaves them out.
 *
 * @param activity the campaign activity the row belongs to
 * @param report the report that lists the row
 * @param contactId {@code contact_id}
 * @param email {@code email_address}
 * @param firstName {@code first_name}, or null
 * @param lastName {@code last_name}, or null
 * @param deviceType {@code device_type} (opens and clicks), or null
 * @param urlId {@code url_id} (clicks), or null
 * @param linkUrl {@code link_url} (clicks), or null
 * @param bounceCode {@code bounce_code} (bounces), or null
 * @param createdTime when it happened; always a whole minute
 * @param withMillis whether {@code created_time} is written with {@code .000} milliseconds
 */
public record ConstantContactSimEvent(
        ConstantContactSimActivity activity,
        ConstantContactSimReport report,
        String contactId,
        String email,
        String firstName,
        String lastName,
        String deviceType,
        String urlId,
        String linkUrl,
        String bounceCode,
        Instant createdTime,
        boolean withMillis) {

    public ConstantContactSimEvent {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(email, "email");
        // docs/providers/constantcontact.md#timestamps: event times look minute-grained (inferred, undocumented)
        createdTime = createdTime.truncatedTo(ChronoUnit.MINUTES);
        if (report == ConstantContactSimReport.CLICKS && (urlId == null || linkUrl == null)) {
            throw new IllegalArgumentException("a click row needs url_id and link_url");
        }
        if (report == ConstantContactSimReport.BOUNCES && bounceCode == null) {
            throw new IllegalArgumentException("a bounce row needs a bounce_code");
        }
    }

    /** {@code campaign_activity_id}. */
    public String activityId() {
        return activity.id();
    }

    /** The activity's {@code campaign_id}. */
    public String campaignId() {
        return activity.campaignId();
    }
}
