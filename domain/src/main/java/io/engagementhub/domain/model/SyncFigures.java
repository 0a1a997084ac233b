package io.engagementhub.domain.model;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * What a sync run did, in numbers.
 *
 * @param requests HTTP requests made to the provider, discovery and retries included
 * @param eventsRead events read from the provider (re-read overlap included)
 * @param eventsStored events newly stored (read minus those already stored)
 * @param eventsRejected provider records skipped because they could not be mapped
 * @param eventsSuppressed events read but not stored because their recipient was erased
 * @param streamsDone streams read to their end
 * @param streamsUnchanged streams skipped because their fingerprint had not changed
 * @param streamsFailed streams that failed
 */
public record SyncFigures(
        long requests,
        long eventsRead,
        long eventsStored,
        long eventsRejected,
        long eventsSuppressed,
        int streamsDone,
        int streamsUnchanged,
        int streamsFailed) {

    public static final SyncFigures NONE = new SyncFigures(0, 0, 0, 0, 0, 0, 0, 0);

    public SyncFigures {
        long[] counts = {requests, eventsRead, eventsStored, eventsRejected, eventsSuppressed};
        int[] streams = {streamsDone, streamsUnchanged, streamsFailed};
        if (LongStream.of(counts).anyMatch(n -> n < 0) || IntStream.of(streams).anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("sync figures must not be negative, were " + Arrays.toString(counts)
                    + " (requests, events read, stored, rejected, suppressed) and " + Arrays.toString(streams)
                    + " (streams done, unchanged, failed)");
        }
    }

    /** These figures plus the cost of discovery. */
    public SyncFigures plusRequests(long count) {
        return new SyncFigures(
                requests + count,
                eventsRead,
                eventsStored,
                eventsRejected,
                eventsSuppressed,
                streamsDone,
                streamsUnchanged,
                streamsFailed);
    }

    /** These figures plus one page: {@code stored} of its events newly stored, {@code suppressed} dropped. */
    public SyncFigures plusPage(SourcePage page, int stored, int suppressed) {
        return new SyncFigures(
                requests + page.requests(),
                eventsRead + page.events().size(),
                eventsStored + stored,
                eventsRejected + page.rejected(),
                eventsSuppressed + suppressed,
                streamsDone,
                streamsUnchanged,
                streamsFailed);
    }

    public SyncFigures plusDone() {
        return withStreams(streamsDone + 1, streamsUnchanged, streamsFailed);
    }

    public SyncFigures plusUnchanged() {
        return withStreams(streamsDone, streamsUnchanged + 1, streamsFailed);
    }

    public SyncFigures plusFailed() {
        return withStreams(streamsDone, streamsUnchanged, streamsFailed + 1);
    }

    private SyncFigures withStreams(int done, int unchanged, int failed) {
        return new SyncFigures(
                requests, eventsRead, eventsStored, eventsRejected, eventsSuppressed, done, unchanged, failed);
    }
}
