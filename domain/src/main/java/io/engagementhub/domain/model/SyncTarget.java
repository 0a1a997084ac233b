package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a targeted re-read covers: a time range, a campaign, or both. A targeted read stores only
 * events inside it, and never moves a stream's regular checkpoint. Times are kept to the
 * microsecond, the precision both stores keep.
 *
 * @param from events at or after this time, or null for no lower bound
 * @param to events before this time, or null for "up to now"
 * @param campaignId only this campaign's events (as events name it), or null for every campaign
 * @param repair whether the service started it by itself to repair a campaign found behind the
 *     provider's own totals, rather than someone asking for it
 */
public record SyncTarget(Instant from, Instant to, String campaignId, boolean repair) {

    public SyncTarget {
        from = from == null ? null : from.truncatedTo(ChronoUnit.MICROS);
        to = to == null ? null : to.truncatedTo(ChronoUnit.MICROS);
        Require.nullOrNonBlank(campaignId, "campaign");
        if (from == null && to == null && campaignId == null) {
            throw new IllegalArgumentException("a target needs a time bound or a campaign");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (repair && campaignId == null) {
            throw new IllegalArgumentException("a repair re-reads one campaign");
        }
    }

    /** A re-read someone asked for. */
    public SyncTarget(Instant from, Instant to, String campaignId) {
        this(from, to, campaignId, false);
    }

    /** The re-read of all of a campaign's events that repairs a gap the provider's totals showed. */
    public static SyncTarget repairOf(String campaignId) {
        return new SyncTarget(null, null, campaignId, true);
    }

    /** Whether {@code event} lies inside this target. */
    public boolean covers(EngagementEvent event) {
        Objects.requireNonNull(event, "event");
        return (from == null || !event.occurredAt().isBefore(from))
                && (to == null || event.occurredAt().isBefore(to))
                && (campaignId == null || campaignId.equals(event.campaignId()));
    }

    /** The end of the range: {@code to}, or {@code now} when the target has no upper bound. */
    public Instant toOr(Instant now) {
        return to == null ? now : to;
    }

    /** The start of the range: {@code from}, or {@code earliest} when the target has no lower bound. */
    public Instant fromOr(Instant earliest) {
        return from == null ? earliest : from;
    }
}
