package io.engagementhub.adapter.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header (RFC 9110 section 10.2.3): seconds or an HTTP date. */
public final class RetryAfter {

    private RetryAfter() {}

    /** How long {@code value} asks to wait from {@code now}; null if it is neither form, never negative. */
    public static Duration parse(String value, Instant now) {
        if (value == null) {
            return null;
        }
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
