package io.engagementhub.domain.model;

import java.util.UUID;

/** Identifies one sync run. */
public record SyncRunId(String value) {

    public SyncRunId {
        Require.nonBlank(value, "sync run id");
    }

    /** A new random id. */
    public static SyncRunId random() {
        return new SyncRunId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
