package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An email campaign, as listed by {@code GET /emails} or detailed by {@code GET /emails/{id}}. */
@Serdeable
record ConstantContactCampaign(
        @JsonProperty("campaign_id") @Nullable String campaignId,
        @Nullable String name,
        @JsonProperty("current_status") @Nullable String currentStatus,
        @JsonProperty("updated_at") @Nullable String updatedAt,
        @JsonProperty("campaign_activities") @Nullable List<Activity> campaignActivities) {

    /** A reference to one of the campaign's activities. */
    @Serdeable
    record Activity(@JsonProperty("campaign_activity_id") @Nullable String campaignActivityId, @Nullable String role) {}

    List<Activity> activitiesOrEmpty() {
        return campaignActivities == null ? List.of() : campaignActivities;
    }
}
