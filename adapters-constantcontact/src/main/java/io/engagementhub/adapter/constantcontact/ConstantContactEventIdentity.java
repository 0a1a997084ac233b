package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.EventId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Event ids for rows that have none: {@code constantcontact:<activity>:<report>:<digest>:<n>}. The
 * digest covers what identifies the event and never changes afterwards (contact, address, minute,
 * link, device, bounce code), not what may change later (names, deletion date, current address);
 * {@code n} numbers identical rows within their minute, so two identical clicks are two events and
 * re-reading that whole minute yields the same ids again.
 */
final class ConstantContactEventIdentity {

    private ConstantContactEventIdentity() {}

    static String digest(ConstantContactReport report, ConstantContactTrackingActivity row, Instant minute) {
        String text = String.join(
                "\u001f",
                report.path(),
                nullToEmpty(row.contactId()),
                nullToEmpty(row.emailAddress()).trim().toLowerCase(Locale.ROOT),
                minute.toString(),
                nullToEmpty(row.urlId()),
                nullToEmpty(row.linkUrl()),
                nullToEmpty(row.deviceType()),
                nullToEmpty(row.bounceCode()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static EventId id(ConstantContactStreamKey key, String digest, int ordinal) {
        return EventId.of("constantcontact", key.activityId(), key.report().path(), digest, Integer.toString(ordinal));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
