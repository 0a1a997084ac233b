package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the email campaign summaries report: each sent campaign's last send date. */
@Serdeable
record ConstantContactSummariesPage(
        @JsonProperty("bulk_email_campaign_summaries") @Nullable List<Summary> summaries,
        @JsonProperty("_links") @Nullable ConstantContactLinks links) {

    /** One campaign's summary. */
    @Serdeable
    record Summary(
            @JsonProperty("campaign_id") @Nullable String campaignId,
            @JsonProperty("last_sent_date") @Nullable String lastSentDate) {}

    List<Summary> summariesOrEmpty() {
        return summaries == null ? List.of() : summaries;
    }
}
