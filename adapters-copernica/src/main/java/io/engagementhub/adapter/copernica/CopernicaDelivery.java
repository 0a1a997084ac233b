package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** A delivery: MS {@code attempts} (number) or Publisher {@code attempt} (string) and {@code smtp-response}. */
@Serdeable
record CopernicaDelivery(
        @JsonUnwrapped CopernicaFields fields,
        String attempts,
        String attempt,
        @JsonProperty("smtp-response") String smtpResponse)
        implements CopernicaRecord {}
