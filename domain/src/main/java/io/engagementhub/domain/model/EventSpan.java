package io.engagementhub.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * When a campaign's stored events happened: the first and the last.
 *
 * @param first the time of the earliest event
 * @param last the time of the latest event (not before {@code first})
 */
public record EventSpan(Instant first, Instant last) {

    public EventSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last (" + last + ") is before first (" + first + ")");
        }
    }
}
