package io.engagementhub.domain.model;

/**
 * A stream that failed in a sync run, and why.
 *
 * @param streamKey the stream's key
 * @param reason what went wrong, fit for an operator (never a secret)
 */
public record StreamFailure(String streamKey, String reason) {

    public StreamFailure {
        Require.nonBlank(streamKey, "stream key");
        Require.nonBlank(reason, "failure reason");
    }
}
