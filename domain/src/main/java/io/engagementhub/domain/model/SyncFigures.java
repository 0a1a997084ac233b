package io.engagementhub.domain.model;

/**
 * What a sync run did, in numbers.
 *
 * @param requests HTTP requests made to the provider, discovery and retries included
 * @param eventsRead events read from the provider (re-read overlap included)
 * @param eventsStored events newly stored (read minus those already stored)
 * @param eventsRejected provider records skipped because they could not be mapped
 * @param streamsDone streams read to their end
 * @param streamsUnchanged streams skipped because their fingerprint had not changed
 * @param streamsFailed streams that failed
 */
public record SyncFigures(
        long requests,
        long eventsRead,
        long eventsStored,
        long eventsRejected,
        int streamsDone,
        int streamsUnchanged,
        int streamsFailed) {

    public static final SyncFigures NONE = new SyncFigures(0, 0, 0, 0, 0, 0, 0);

    public SyncFigures {
        Require.notNegative(requests, "requests");
        Require.notNegative(eventsRead, "eventsRead");
        Require.notNegative(eventsStored, "eventsStored");
        Require.notNegative(eventsRejected, "eventsRejected");
        Require.notNegative(streamsDone, "streamsDone");
        Require.notNegative(streamsUnchanged, "streamsUnchanged");
        Require.notNegative(streamsFailed, "streamsFailed");
    }

    /** These figures plus the cost of discovery. */
    public SyncFigures plusRequests(long count) {
        return new SyncFigures(
                requests + count,
                eventsRead,
                eventsStored,
                eventsRejected,
                streamsDone,
                streamsUnchanged,
                streamsFailed);
    }

    /** These figures plus one stored page. */
    public SyncFigures plusPage(SourcePage page, int stored) {
        return new SyncFigures(
                requests + page.requests(),
                eventsRead + page.events().size(),
                eventsStored + stored,
                eventsRejected + page.rejected(),
                streamsDone,
                streamsUnchanged,
                streamsFailed);
    }

    public SyncFigures plusDone() {
        return new SyncFigures(
                requests, eventsRead, eventsStored, eventsRejected, streamsDone + 1, streamsUnchanged, streamsFailed);
    }

    public SyncFigures plusUnchanged() {
        return new SyncFigures(
                requests, eventsRead, eventsStored, eventsRejected, streamsDone, streamsUnchanged + 1, streamsFailed);
    }

    public SyncFigures plusFailed() {
        return new SyncFigures(
                requests, eventsRead, eventsStored, eventsRejected, streamsDone, streamsUnchanged, streamsFailed + 1);
    }
}
