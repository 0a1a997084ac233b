package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A click as MS ({@code mailing}, raw user agent) or Publisher ({@code emailing}, link id and title) sends it. */
@Serdeable
record CopernicaClick(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile,
        String link,
        @JsonProperty("link_id") String linkId,
        @JsonProperty("link_title") String linkTitle,
        String ip,
        String useragent,
        @JsonProperty("user-agent") String userAgentDashed,
        String referer)
        implements CopernicaRecord {

    /** Either spelling of the user agent key (docs/providers/copernica.md#user-agent-key). */
    String userAgent() {
        return useragent != null ? useragent : userAgentDashed;
    }
}
