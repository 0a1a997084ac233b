package io.engagementhub.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * How far the stored events are classified with a version of the machine-event rules.
 *
 * @param rulesVersion the rules (and address ranges and parser) the stored verdicts follow, or
 *     are being brought to
 * @param position the store's position after the last recipient done, null before the first
 * @param recipientsDone recipients reclassified so far with this version
 * @param eventsChanged events whose verdict or parsed client changed so far
 * @param complete whether every stored event follows {@code rulesVersion}
 * @param updatedAt when this state was saved
 */
public record ReclassificationState(
        String rulesVersion,
        String position,
        long recipientsDone,
        long eventsChanged,
        boolean complete,
        Instant updatedAt) {

    public ReclassificationState {
        Require.nonBlank(rulesVersion, "rules version");
        Require.nullOrNonBlank(position, "position");
        Require.notNegative(recipientsDone, "recipients done");
        Require.notNegative(eventsChanged, "events changed");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A reclassification to {@code version} that has not started. */
    public static ReclassificationState starting(String version, Instant at) {
        return new ReclassificationState(version, null, 0, 0, false, at);
    }

    /** This state after one more batch. */
    public ReclassificationState advanced(String next, int recipients, int changed, Instant at) {
        return new ReclassificationState(
                rulesVersion, next, recipientsDone + recipients, eventsChanged + changed, next == null, at);
    }
}
