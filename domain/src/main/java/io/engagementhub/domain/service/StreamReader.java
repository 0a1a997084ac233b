package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSourceException;
import java.util.List;

/** Reads one stream page by page, storing each page with its checkpoint before reading the next. */
final class StreamReader {

    private final String account;
    private final EngagementSource source;
    private final SyncStores stores;
    private final StopSignal stop;
    private final SyncSettings settings;

    StreamReader(String account, EngagementSource source, SyncStores stores, StopSignal stop, SyncSettings settings) {
        this.account = account;
        this.source = source;
        this.stores = stores;
        this.stop = stop;
        this.settings = settings;
    }

    /**
     * Reads {@code stream} from {@code from} to its end, or until a stop is requested.
     *
     * @return true if the stream was read to its end, false if it stopped on request
     */
    boolean read(Stream stream, Checkpoint from, RunTally tally) {
        Checkpoint checkpoint = from;
        for (int pages = 0; ; pages++) {
            if (pages > 0 && stop.stopRequested()) {
                return false;
            }
            if (pages >= settings.maxPagesPerStream()) {
                throw new EngagementSourceException("stream gave more than " + settings.maxPagesPerStream()
                        + " pages in one sync; stopped reading it so that the sync ends");
            }
            SourcePage page = source.read(stream, checkpoint);
            Checkpoint next = new Checkpoint(page.nextPosition(), page.hasMore() ? null : stream.fingerprint());
            check(page, checkpoint, next);
            List<EngagementEvent> kept = withoutSuppressed(page.events());
            tally.page(page, append(stream, kept, next), page.events().size() - kept.size());
            checkpoint = next;
            if (!page.hasMore()) {
                return true;
            }
        }
    }

    private void check(SourcePage page, Checkpoint current, Checkpoint next) {
        for (EngagementEvent event : page.events()) {
            if (!account.equals(event.account())) {
                throw new EngagementSourceException(
                        "source returned event " + event.id() + " of account '" + event.account() + "'");
            }
        }
        if (page.hasMore() && page.events().isEmpty() && next.position().equals(current.position())) {
            throw new EngagementSourceException(
                    "source made no progress: an empty page with more to come at the same position");
        }
    }

    private List<EngagementEvent> withoutSuppressed(List<EngagementEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        try {
            return stores.suppressions().withoutSuppressed(account, events);
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
    }

    private int append(Stream stream, List<EngagementEvent> events, Checkpoint next) {
        try {
            return stores.events().append(account, stream.key(), events, next);
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
    }

    /** The store failed: not the stream's fault, so it ends the whole run. */
    static final class StoreFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StoreFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
