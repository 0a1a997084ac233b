package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** An unsubscribe; the deleted v2 MS page also listed ip and user agent: docs/providers/copernica.md#event-payloads. */
@Serdeable
record CopernicaUnsubscribe(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile,
        String source,
        Object success,
        String ip,
        String useragent,
        @JsonProperty("user-agent") String userAgentDashed)
        implements CopernicaRecord {

    String userAgent() {
        return useragent != null ? useragent : userAgentDashed;
    }
}
