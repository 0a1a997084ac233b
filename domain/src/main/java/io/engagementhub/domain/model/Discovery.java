package io.engagementhub.domain.model;

import java.util.List;
import java.util.Map;

/**
 * The streams an account has now.
 *
 * @param streams each stream once, keys unique
 * @param requests the HTTP requests discovery cost
 * @param starts for a targeted read, where each stream's read starts, by stream key (a stream not
 *     named starts at its beginning); empty for a regular discovery, whose reads start at the
 *     stored checkpoints
 */
public record Discovery(List<Stream> streams, int requests, Map<String, String> starts) {

    public Discovery {
        streams = List.copyOf(streams);
        Require.notNegative(requests, "requests");
        starts = Map.copyOf(starts);
        long distinct = streams.stream().map(Stream::key).distinct().count();
        if (distinct != streams.size()) {
            throw new IllegalArgumentException("discovery returned a stream key twice");
        }
    }

    /** The streams of a regular sync, read from their checkpoints. */
    public Discovery(List<Stream> streams, int requests) {
        this(streams, requests, Map.of());
    }

    /** Where a targeted read of {@code stream} starts. */
    public Checkpoint startOf(Stream stream) {
        String position = starts.get(stream.key());
        return position == null ? Checkpoint.START : new Checkpoint(position, null);
    }
}
