package io.engagementhub.domain.model;

import java.util.List;

/**
 * The streams an account has now.
 *
 * @param streams each stream once, keys unique
 * @param requests the HTTP requests discovery cost
 */
public record Discovery(List<Stream> streams, int requests) {

    public Discovery {
        streams = List.copyOf(streams);
        Require.notNegative(requests, "requests");
        long distinct = streams.stream().map(Stream::key).distinct().count();
        if (distinct != streams.size()) {
            throw new IllegalArgumentException("discovery returned a stream key twice");
        }
    }
}
