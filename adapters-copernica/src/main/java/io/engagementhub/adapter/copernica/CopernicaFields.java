package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The fields every Copernica statistics record has, whatever its type and product. IDs are read as
 * text whether the JSON has a string or a number (docs/providers/copernica.md#ids-and-number-types).
 *
 * @param upperId {@code ID}, as events spell it
 * @param lowerId {@code id}, the lower-case spelling some objects use
 * @param mailing Marketing Suite's mailing id
 * @param emailing Publisher's emailing id
 */
@Serdeable
record CopernicaFields(
        @JsonProperty("ID") String upperId,
        @JsonProperty("id") String lowerId,
        String mailing,
        String emailing,
        String timestamp,
        String destination,
        String profile,
        String subprofile) {

    /** The event's own ID in either spelling, or null. */
    String eventId() {
        return upperId != null ? upperId : lowerId;
    }

    /** The mailing in either product's spelling, or null. */
    String campaign() {
        return mailing != null ? mailing : emailing;
    }
}
