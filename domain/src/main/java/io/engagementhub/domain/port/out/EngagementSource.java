package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;

/**
 * One provider account's events, split into streams that are read page by page. One instance
 * serves one account; implementations must be safe to call from one sync at a time.
 *
 * <p>Failures: {@link AccessDeniedException} and {@link QuotaExhaustedException} end the sync of the
 * whole account; any other {@link EngagementSourceException} fails only the stream being read.
 */
public interface EngagementSource {

    /** Finds the account's streams as they are now, each with its change fingerprint if known. */
    Discovery discover();

    /**
     * Reads the page that follows {@code from}. Reading again from the same checkpoint must give
     * events with the same ids (the store ignores those it has), so a crash after a read and before
     * its page was stored loses nothing.
     */
    SourcePage read(Stream stream, Checkpoint from);
}
