package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of a tracking report, newest row first. */
@Serdeable
record ConstantContactTrackingPage(
        @JsonProperty("tracking_activities") @Nullable List<ConstantContactTrackingActivity> trackingActivities,
        @JsonProperty("_links") @Nullable ConstantContactLinks links) {

    List<ConstantContactTrackingActivity> rows() {
        return trackingActivities == null ? List.of() : trackingActivities;
    }
}
