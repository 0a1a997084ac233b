package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** A click as MS ({@code mailing}, raw user agent) or Publisher ({@code emailing}, link id and title) sends it. */
@Serdeable
record CopernicaClick(
        @JsonUnwrapped CopernicaFields fields,
        String link,
        @JsonProperty("link_id") String linkId,
        @JsonProperty("link_title") String linkTitle,
        String ip,
        @JsonAlias("user-agent") String useragent,
        String referer)
        implements CopernicaRecord {}
