package io.engagementhub.domain.model;

import java.util.List;
import java.util.Map;

/**
 * The streams an account has now, and what the provider said about its campaigns on the way.
 *
 * @param streams each stream once, keys unique
 * @param requests the HTTP requests discovery cost
 * @param campaigns campaign details the source found (stored beside the events); may be empty
 * @param starts for a targeted read, where each stream's read starts, by stream key (a stream not
 *     named starts at its beginning); empty for a regular discovery, whose reads start at the
 *     stored checkpoints
 */
public record Discovery(List<Stream> streams, int requests, List<Campaign> campaigns, Map<String, String> starts) {

    public Discovery {
        streams = List.copyOf(streams);
        Require.notNegative(requests, "requests");
        campaigns = List.copyOf(campaigns);
        starts = Map.copyOf(starts);
        long distinct = streams.stream().map(Stream::key).distinct().count();
        if (distinct != streams.size()) {
            throw new IllegalArgumentException("discovery returned a stream key twice");
        }
    }

    /** Streams without campaign details. */
    public Discovery(List<Stream> streams, int requests) {
        this(streams, requests, List.of(), Map.of());
    }

    /** Streams with the campaign details found while discovering them. */
    public Discovery(List<Stream> streams, int requests, List<Campaign> campaigns) {
        this(streams, requests, campaigns, Map.of());
    }

    /** Where a targeted read of {@code stream} starts. */
    public Checkpoint startOf(Stream stream) {
        String position = starts.get(stream.key());
        return position == null ? Checkpoint.START : new Checkpoint(position, null);
    }
}
