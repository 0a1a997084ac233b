package io.engagementhub.adapter.persistence;

/**
 * How {@code stored_event.provider_event_id} keeps the provider's own event id: {@code ''} when it
 * is the event id's last part (a Copernica event id ends with Copernica's {@code ID}), else the id
 * itself, or null when there is none. The common case then costs one byte instead of the id a
 * second time. A provider event id is never blank, so {@code ''} cannot be an id of its own; rows
 * written before this encoding hold the id itself and read back unchanged.
 */
final class ProviderEventIds {

    private static final String LAST_PART = "";

    private ProviderEventIds() {}

    /** The column's value for an event with {@code eventId} and {@code providerEventId}. */
    static String stored(String eventId, String providerEventId) {
        return providerEventId != null && providerEventId.equals(lastPart(eventId)) ? LAST_PART : providerEventId;
    }

    /** The provider event id of a row with {@code eventId} and the column's {@code stored} value. */
    static String read(String eventId, String stored) {
        return LAST_PART.equals(stored) ? lastPart(eventId) : stored;
    }

    private static String lastPart(String eventId) {
        return eventId.substring(eventId.lastIndexOf(':') + 1);
    }
}
