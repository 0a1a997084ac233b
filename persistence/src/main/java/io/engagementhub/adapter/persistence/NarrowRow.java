package io.engagementhub.adapter.persistence;

import java.time.Instant;

/**
 * One {@code stored_event} row to insert, plus what the maintained statistics need of it.
 *
 * @param recipientKey the recipient the address belongs to (not stored in the row)
 * @param deviceType the device type its opens and clicks count under (not stored in the row)
 */
record NarrowRow(
        String account,
        String eventId,
        short typeCode,
        Instant occurredAt,
        int campaignKey,
        int originKey,
        int addressKey,
        int recipientKey,
        Integer linkKey,
        String linkTitle,
        Integer clientKey,
        Integer bounceKey,
        String providerEventId,
        String deviceType) {}
