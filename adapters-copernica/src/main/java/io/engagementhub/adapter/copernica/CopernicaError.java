package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** An error (bounce): SMTP code and text, Copernica's error type; MS adds an untyped {@code status}. */
@Serdeable
record CopernicaError(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile,
        Object status,
        String errorcode,
        String description,
        String errortype,
        String errortypedescription)
        implements CopernicaRecord {}
