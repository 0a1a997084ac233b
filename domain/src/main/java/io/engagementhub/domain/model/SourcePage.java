package io.engagementhub.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * One page read from a stream.
 *
 * @param events the events of the page, mapped and valid; may be empty
 * @param nextPosition the checkpoint position after this page
 * @param hasMore whether the stream has more to read now; false ends this sync of the stream
 * @param requests the HTTP requests the page cost, retries included
 * @param rejected provider records on this page that could not be mapped and were skipped (the
 *     adapter reports each one)
 */
public record SourcePage(
        List<EngagementEvent> events, String nextPosition, boolean hasMore, int requests, int rejected) {

    public SourcePage {
        events = List.copyOf(events);
        Objects.requireNonNull(nextPosition, "next position must not be null");
        Require.notNegative(requests, "requests");
        Require.notNegative(rejected, "rejected");
    }
}
