package io.engagementhub.sandbox.constantcontact;

import java.time.Instant;
import java.util.Objects;

/**
 * One campaign activity of the simulated account.
 *
 * @param id {@code campaign_activity_id}
 * @param campaignId its campaign
 * @param role {@code primary_email}, {@code permalink} or {@code resend}
 * @param sentAt when it was sent, or null if never
 */
public record ConstantContactSimActivity(String id, String campaignId, String role, Instant sentAt) {

    public ConstantContactSimActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the tracking reports cover this activity (docs/providers/constantcontact.md#tracking-reports). */
    public boolean reportable() {
        return role.equals("primary_email") || role.equals("resend");
    }
}
