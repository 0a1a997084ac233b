package io.engagementhub.adapter.copernica;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * Copernica's zone-less {@code YYYY-MM-DD HH:MM:SS} times in the account's zone
 * (docs/providers/copernica.md#time-zones-and-dst).
 *
 * <p>DST rule: a local time in the autumn fall-back hour happened twice; it is read with the
 * <em>earlier</em> offset (the first occurrence, summer time), which is also what
 * {@link LocalDateTime#atZone} does. A local time in the spring gap never happened; it is moved
 * forward by the gap's length. Windows sent to Copernica are widened over a fall-back hour so
 * that no event of either occurrence falls outside every window.
 */
final class CopernicaTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    CopernicaTime(ZoneId zone) {
        this.zone = zone;
    }

    /** The instant of a Copernica time; throws {@link IllegalArgumentException} naming the bad text. */
    Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("timestamp is missing");
        }
        try {
            return LocalDateTime.parse(text.trim(), FORMAT).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp '" + text + "' is not YYYY-MM-DD HH:MM:SS", e);
        }
    }

    /** The local time Copernica shows for {@code instant}. */
    String format(Instant instant) {
        return FORMAT.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** The earliest local time shown between {@code from} and {@code to} (a fall-back moves time back). */
    String lowestLocal(Instant from, Instant to) {
        LocalDateTime lowest = LocalDateTime.ofInstant(from, zone);
        for (ZoneOffsetTransition overlap : overlaps(from, to)) {
            lowest = overlap.getDateTimeAfter().isBefore(lowest) ? overlap.getDateTimeAfter() : lowest;
        }
        return FORMAT.format(lowest);
    }

    /** The latest local time shown between {@code from} and {@code to}. */
    String highestLocal(Instant from, Instant to) {
        LocalDateTime highest = LocalDateTime.ofInstant(to, zone);
        for (ZoneOffsetTransition overlap : overlaps(from, to)) {
            highest = overlap.getDateTimeBefore().isAfter(highest) ? overlap.getDateTimeBefore() : highest;
        }
        return FORMAT.format(highest);
    }

    /** The fall-back transitions (where local times are shown twice) from {@code from} to {@code to}. */
    private List<ZoneOffsetTransition> overlaps(Instant from, Instant to) {
        List<ZoneOffsetTransition> overlaps = new ArrayList<>();
        for (ZoneOffsetTransition t = next(from); t != null && !t.getInstant().isAfter(to); t = next(t.getInstant())) {
            if (t.isOverlap()) {
                overlaps.add(t);
            }
        }
        return overlaps;
    }

    private ZoneOffsetTransition next(Instant after) {
        return zone.getRules().nextTransition(after);
    }
}
