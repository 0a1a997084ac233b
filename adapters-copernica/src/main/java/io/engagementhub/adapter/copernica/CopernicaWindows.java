package io.engagementhub.adapter.copernica;

import java.time.Duration;
import java.util.Objects;

/**
 * The closed time windows by which streams without an id cursor are read.
 *
 * @param lag a window ends this long before now (none by default: a sync stores what happened up to
 *     its start; events the provider records late are caught by the overlap of the next window)
 * @param overlap each window starts this long before the previous one ended: bound inclusivity is
 *     undocumented (docs/providers/copernica.md#time-filters) and late events happen, so windows overlap and
 *     the store's dedupe by event id absorbs the re-read
 */
public record CopernicaWindows(Duration lag, Duration overlap) {

    public static final CopernicaWindows DEFAULTS = new CopernicaWindows(Duration.ZERO, Duration.ofMinutes(10));

    public CopernicaWindows {
        Objects.requireNonNull(lag, "lag");
        Objects.requireNonNull(overlap, "overlap");
        if (lag.isNegative() || overlap.isNegative()) {
            throw new IllegalArgumentException("window lag and overlap must not be negative");
        }
    }
}
