package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** An abuse (complaint): MS {@code report} object or Publisher ARF fields and {@code details}. */
@Serdeable
record CopernicaAbuse(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile,
        Object report,
        @JsonProperty("recognized_as") String recognizedAs,
        @JsonProperty("feedback_type") String feedbackType,
        @JsonProperty("arf_version") String arfVersion,
        Object details)
        implements CopernicaRecord {}
