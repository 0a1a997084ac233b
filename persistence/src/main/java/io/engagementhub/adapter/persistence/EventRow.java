package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.ParsedClient;
import java.time.Instant;

/**
 * One {@code stored_event} row to insert, plus what the maintained statistics need of it.
 *
 * @param addressKey the recipient's further address, or null for its home address
 * @param providerEventId as stored ({@link ProviderEventIds})
 * @param deviceType the device type its opens and clicks count under (not stored in the row)
 * @param machineReasons the verdict's bit mask
 * @param agentKey the parsed client's key, or null
 * @param parsed the parsed client (not stored in the row)
 */
record EventRow(
        String account,
        String eventId,
        short typeCode,
        Instant occurredAt,
        int campaignKey,
        int originKey,
        Integer addressKey,
        int recipientKey,
        Integer linkKey,
        String linkTitle,
        Integer clientKey,
        Integer bounceKey,
        String providerEventId,
        String deviceType,
        int machineReasons,
        Integer agentKey,
        ParsedClient parsed) {

    /** How the statistics count it. */
    CountedEvent counted() {
        return new CountedEvent(campaignKey, typeCode, recipientKey, linkKey, deviceType, machineReasons, parsed);
    }
}
