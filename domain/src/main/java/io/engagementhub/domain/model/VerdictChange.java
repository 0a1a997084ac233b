package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * A stored event as a writer read it, and as that writer classified it since: the change applies
 * only while the stored event still carries the verdict and parsed client it was read with.
 */
public record VerdictChange(EngagementEvent read, EngagementEvent classified) {

    public VerdictChange {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(classified, "classified");
        if (!read.id().equals(classified.id()) || !read.account().equals(classified.account())) {
            throw new IllegalArgumentException(
                    "a verdict change needs the same event twice, not " + read.id() + " and " + classified.id());
        }
    }
}
