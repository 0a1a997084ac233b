package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** An abuse (complaint): MS {@code report} object or Publisher ARF fields and {@code details}. */
@Serdeable
record CopernicaAbuse(
        @JsonUnwrapped CopernicaFields fields,
        Object report,
        @JsonProperty("recognized_as") String recognizedAs,
        @JsonProperty("feedback_type") String feedbackType,
        @JsonProperty("arf_version") String arfVersion,
        Object details)
        implements CopernicaRecord {}
