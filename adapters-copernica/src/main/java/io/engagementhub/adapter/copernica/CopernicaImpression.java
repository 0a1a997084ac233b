package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** An impression (open), with the device class Copernica recognised. */
@Serdeable
record CopernicaImpression(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile,
        String ip,
        String useragent,
        @JsonProperty("user-agent") String userAgentDashed,
        String device,
        String referer)
        implements CopernicaRecord {

    String userAgent() {
        return useragent != null ? useragent : userAgentDashed;
    }
}
