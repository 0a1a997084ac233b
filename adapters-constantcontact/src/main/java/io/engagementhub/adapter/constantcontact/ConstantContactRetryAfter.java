package io.engagementhub.adapter.constantcontact;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: seconds or an HTTP date (RFC 9110 section 10.2.3). */
final class ConstantContactRetryAfter {

    private ConstantContactRetryAfter() {}

    /** The wait it asks for (never negative), or null if the value is neither form. */
    static Duration parse(String value, Instant now) {
        String text = value.trim();
        try {
            if (!text.isEmpty() && text.length() < 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Duration.ofSeconds(Long.parseLong(text));
            }
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
