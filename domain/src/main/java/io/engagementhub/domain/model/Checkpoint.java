package io.engagementhub.domain.model;

import java.util.Objects;

/**
 * Where a stream's next read starts. The position is opaque: only the stream's adapter understands
 * it. The store saves it in the same transaction as the events read up to it.
 *
 * @param position the adapter's position; empty for a stream never read
 * @param fingerprint the stream's fingerprint when the read that reached this position ran to the
 *     stream's end, otherwise null (a read that was cut off mid-stream must resume, never be skipped)
 */
public record Checkpoint(String position, String fingerprint) {

    /** The checkpoint of a stream never read. */
    public static final Checkpoint START = new Checkpoint("", null);

    public Checkpoint {
        Objects.requireNonNull(position, "checkpoint position must not be null");
        Require.nullOrNonBlank(fingerprint, "checkpoint fingerprint");
    }

    /** Whether no page of the stream has been stored yet. */
    public boolean isStart() {
        return position.isEmpty();
    }

    /** Whether the stream was read to its end, when its fingerprint was {@code streamFingerprint}. */
    public boolean coversContentOf(Stream stream) {
        return fingerprint != null && fingerprint.equals(stream.fingerprint());
    }
}
