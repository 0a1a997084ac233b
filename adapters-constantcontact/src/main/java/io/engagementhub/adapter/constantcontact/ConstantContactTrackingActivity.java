package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One row of a tracking report; which fields are present depends on the report. */
@Serdeable
record ConstantContactTrackingActivity(
        @JsonProperty("contact_id") @Nullable String contactId,
        @JsonProperty("campaign_activity_id") @Nullable String campaignActivityId,
        @JsonProperty("email_address") @Nullable String emailAddress,
        @JsonProperty("created_time") @Nullable String createdTime,
        @JsonProperty("device_type") @Nullable String deviceType,
        @JsonProperty("url_id") @Nullable String urlId,
        @JsonProperty("link_url") @Nullable String linkUrl,
        @JsonProperty("bounce_code") @Nullable String bounceCode) {}
