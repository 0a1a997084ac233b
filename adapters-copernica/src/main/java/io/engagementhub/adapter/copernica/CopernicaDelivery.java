package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A delivery: MS {@code attempts} (number) or Publisher {@code attempt} (string) and {@code smtp-response}. */
@Serdeable
record CopernicaDelivery(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile,
        String attempts,
        String attempt,
        @JsonProperty("smtp-response") String smtpResponse)
        implements CopernicaRecord {}
