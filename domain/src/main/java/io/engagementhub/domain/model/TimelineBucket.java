package io.engagementhub.domain.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The events of one campaign in one time bucket.
 *
 * @param start the bucket's start (inclusive); it ends where the next one starts
 * @param counts per event type, human and machine (types without events count zero)
 */
public record TimelineBucket(Instant start, Map<EngagementType, HumanMachine> counts) {

    public TimelineBucket {
        Objects.requireNonNull(start, "start");
        Map<EngagementType, HumanMachine> complete = new EnumMap<>(EngagementType.class);
        for (EngagementType type : EngagementType.values()) {
            complete.put(type, counts.getOrDefault(type, HumanMachine.ZERO));
        }
        counts = Map.copyOf(complete);
    }

    /** A bucket without events. */
    public static TimelineBucket empty(Instant start) {
        return new TimelineBucket(start, Map.of());
    }

    /** The events of one type in this bucket. */
    public HumanMachine of(EngagementType type) {
        return counts.get(type);
    }
}
