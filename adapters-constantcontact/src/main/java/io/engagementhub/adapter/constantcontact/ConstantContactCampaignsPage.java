package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of {@code GET /emails}. */
@Serdeable
record ConstantContactCampaignsPage(
        @Nullable List<ConstantContactCampaign> campaigns,
        @JsonProperty("_links") @Nullable ConstantContactLinks links) {

    List<ConstantContactCampaign> campaignsOrEmpty() {
        return campaigns == null ? List.of() : campaigns;
    }
}
