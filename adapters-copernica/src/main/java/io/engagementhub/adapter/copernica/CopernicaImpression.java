package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** An impression (open), with the device class Copernica recognised. */
@Serdeable
record CopernicaImpression(
        @JsonUnwrapped CopernicaFields fields,
        String ip,
        @JsonAlias("user-agent") String useragent,
        String device,
        String referer)
        implements CopernicaRecord {}
