package io.engagementhub.app.sync;

import io.engagementhub.app.ops.SyncRunReporter;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.SyncAccountUseCase;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.out.EngagementSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs in the background in this process, at most one per account (the engine refuses a
 * second). On shutdown it asks running syncs to stop: each finishes the page in hand, stores it
 * with its checkpoint, and ends.
 */
final class SyncRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    private final SyncAccountUseCase syncs;
    private final EngagementSources sources;
    private final SyncRunReporter reporter;
    private final ExecutorService executor;
    private final AtomicBoolean stopping = new AtomicBoolean();

    SyncRunner(SyncAccountUseCase syncs, EngagementSources sources, SyncRunReporter reporter, int threads) {
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "engagement-sync");
            thread.setDaemon(true);
            return thread;
        });
        this.syncs = syncs;
        this.sources = sources;
        this.reporter = reporter;
    }

    /**
     * Starts a sync (regular or targeted) in the background and returns it in state RUNNING.
     *
     * @throws UnknownAccountException if no such account exists
     * @throws InvalidSyncTargetException if the provider cannot re-read the command's target
     * @throws SyncAlreadyRunningException if a sync of the account is running
     */
    SyncRun start(SyncAccountCommand command) {
        SyncRun run = syncs.begin(command);
        executor.submit(() -> perform(run));
        return run;
    }

    /** Marks runs a previous process left RUNNING as FAILED, and logs each. */
    void failInterruptedRuns() {
        syncs.failInterruptedRuns()
                .forEach(run -> LOG.warn(
                        "sync {} of account '{}' was interrupted by a stop of the service; marked FAILED",
                        run.id(),
                        run.account()));
    }

    /** Syncs every account that is not syncing already, and waits until all are done. */
    void syncAll() {
        List<Future<?>> started = new ArrayList<>();
        for (String account : sources.accounts()) {
            if (stopping.get()) {
                return;
            }
            try {
                SyncRun run = syncs.begin(SyncAccountCommand.regular(account));
                started.add(executor.submit(() -> perform(run)));
            } catch (SyncAlreadyRunningException e) {
                LOG.info(
                        "scheduled sync of account '{}' skipped: run {} is still going",
                        account,
                        e.running().id());
            }
        }
        for (Future<?> run : started) {
            try {
                run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.error("sync failed unexpectedly", e.getCause());
            }
        }
    }

    private void perform(SyncRun run) {
        try {
            reporter.finished(syncs.execute(run, stopping::get));
        } catch (RuntimeException e) {
            LOG.error("sync run {} of account '{}' broke off", run.id(), run.account(), e);
        }
    }

    /** Asks running syncs to stop after their current page and waits for them, boundedly. */
    void stop() {
        stopping.set(true);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("syncs still running after {}s of shutdown; abandoning them", SHUTDOWN_GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
