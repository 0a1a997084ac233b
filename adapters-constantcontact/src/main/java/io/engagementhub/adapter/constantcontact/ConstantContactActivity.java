package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One campaign activity as {@code GET /emails/activities/{id}} details it; only what campaign
 * details need (docs/providers/constantcontact.md#campaign-details).
 */
@Serdeable
record ConstantContactActivity(
        @JsonProperty("campaign_activity_id") @Nullable String campaignActivityId,
        @JsonProperty("current_status") @Nullable String currentStatus,
        @Nullable String subject) {}
