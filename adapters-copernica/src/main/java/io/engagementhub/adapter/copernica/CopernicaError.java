package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** An error (bounce): SMTP code and text, Copernica's error type; MS adds an untyped {@code status}. */
@Serdeable
record CopernicaError(
        @JsonUnwrapped CopernicaFields fields,
        Object status,
        String errorcode,
        String description,
        String errortype,
        String errortypedescription)
        implements CopernicaRecord {}
