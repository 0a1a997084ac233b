package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import java.util.Map;
import java.util.function.Consumer;

/** One run over one account's streams; used once. */
final class AccountSync {

    private final String account;
    private final EngagementSource source;
    private final SyncStores stores;
    private final StopSignal stop;
    private final SyncSettings settings;
    private RunTally tally;

    AccountSync(String account, EngagementSource source, SyncStores stores, StopSignal stop, SyncSettings settings) {
        this.account = account;
        this.source = source;
        this.stores = stores;
        this.stop = stop;
        this.settings = settings;
    }

    /** Runs the sync once, telling {@code progress} the figures after every request and page. */
    RunTally perform(Consumer<SyncFigures> progress) {
        tally = new RunTally(progress);
        try {
            Discovery discovery = source.discover();
            tally.requests(discovery.requests());
            Map<String, Checkpoint> checkpoints = stores.events().checkpoints(account);
            for (Stream stream : discovery.streams()) {
                if (stop.stopRequested()) {
                    tally.stopEarly("stopped on request before stream " + stream.key());
                    return tally;
                }
                syncStream(stream, checkpoints.getOrDefault(stream.key(), Checkpoint.START));
                if (tally.stoppedEarly()) {
                    return tally;
                }
            }
        } catch (AccessDeniedException e) {
            tally.fail("account '" + account + "': access denied: " + e.getMessage());
        } catch (QuotaExhaustedException e) {
            tally.stopEarly("account '" + account + "': provider quota exhausted until " + e.resetsAt() + ": "
                    + e.getMessage());
        } catch (StreamReader.StoreFailed e) {
            tally.fail("account '" + account + "': storing events failed: "
                    + e.getCause().getMessage());
        } catch (RuntimeException e) {
            tally.fail("account '" + account + "': discovering streams failed: " + describe(e));
        }
        return tally;
    }

    private void syncStream(Stream stream, Checkpoint checkpoint) {
        if (checkpoint.coversContentOf(stream)) {
            tally.unchanged();
            return;
        }
        try {
            StreamReader reader = new StreamReader(account, source, stores, stop, settings);
            boolean complete = reader.read(stream, checkpoint, tally);
            if (complete) {
                tally.done();
            } else {
                tally.stopEarly("stopped on request while reading stream " + stream.key());
            }
        } catch (AccessDeniedException | QuotaExhaustedException | StreamReader.StoreFailed e) {
            throw e;
        } catch (EngagementSourceException e) {
            tally.streamFailed(stream.key(), e.getMessage());
        } catch (RuntimeException e) {
            tally.streamFailed(stream.key(), describe(e));
        }
    }

    static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }
}
