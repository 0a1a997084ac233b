package io.engagementhub.adapter.copernica;

/**
 * The fields every Copernica statistics record has, whatever its type and product. IDs are read
 * as text whether the JSON has a string or a number (docs/providers/copernica.md#ids-and-number-types).
 */
interface CopernicaRecord {

    /** {@code ID}, as events spell it. */
    String upperId();

    /** {@code id}, the lower-case spelling some objects use (docs/providers/copernica.md#ids-and-number-types). */
    String lowerId();

    /** Marketing Suite's mailing id. */
    String mailing();

    /** Publisher's emailing id. */
    String emailing();

    String timestamp();

    String destination();

    String profile();

    String subprofile();

    /** The event's own ID in either spelling, or null. */
    default String eventId() {
        return upperId() != null ? upperId() : lowerId();
    }

    /** The mailing in either product's spelling, or null. */
    default String campaign() {
        return mailing() != null ? mailing() : emailing();
    }
}
