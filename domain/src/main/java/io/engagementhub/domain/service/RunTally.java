package io.engagementhub.domain.service;

import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.StreamFailure;
import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one run has done so far, and how it ends. Confined to the run's thread. Every change of
 * the request and event figures is passed to the progress listener, so a running run shows them.
 */
final class RunTally {

    private final Consumer<SyncFigures> progress;
    private SyncFigures figures = SyncFigures.NONE;
    private final List<StreamFailure> failures = new ArrayList<>();
    private String fatal;
    private String stoppedEarly;

    RunTally(Consumer<SyncFigures> progress) {
        this.progress = progress;
    }

    void requests(int count) {
        figures = figures.plusRequests(count);
        progress.accept(figures);
    }

    void page(SourcePage page, int stored, int suppressed) {
        figures = figures.plusPage(page, stored, suppressed);
        progress.accept(figures);
    }

    void done() {
        figures = figures.plusDone();
    }

    void unchanged() {
        figures = figures.plusUnchanged();
    }

    void streamFailed(String streamKey, String reason) {
        figures = figures.plusFailed();
        failures.add(new StreamFailure(streamKey, reason));
    }

    /** The account as a whole failed: the run is FAILED whatever else it did. */
    void fail(String reason) {
        fatal = reason;
    }

    /** The run ended before all streams were read, for a reason that is not an error. */
    void stopEarly(String reason) {
        if (stoppedEarly == null) {
            stoppedEarly = reason;
        }
    }

    /** Whether the run failed as a whole or stopped before its end. */
    boolean endedEarly() {
        return fatal != null || stoppedEarly != null;
    }

    boolean stoppedEarly() {
        return stoppedEarly != null;
    }

    SyncRun finish(SyncRun run, Instant at) {
        return run.finished(status(), at, figures, failures, fatal != null ? fatal : stoppedEarly);
    }

    private SyncStatus status() {
        if (fatal != null) {
            return SyncStatus.FAILED;
        }
        boolean anySynced = figures.streamsDone() + figures.streamsUnchanged() > 0;
        if (!failures.isEmpty() && !anySynced && stoppedEarly == null) {
            return SyncStatus.FAILED;
        }
        return failures.isEmpty() && stoppedEarly == null ? SyncStatus.SUCCEEDED : SyncStatus.PARTIAL;
    }
}
