package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** An unsubscribe; the deleted v2 MS page also listed ip and user agent: docs/providers/copernica.md#event-payloads. */
@Serdeable
record CopernicaUnsubscribe(
        @JsonUnwrapped CopernicaFields fields,
        String source,
        Object success,
        String ip,
        @JsonAlias("user-agent") String useragent)
        implements CopernicaRecord {}
