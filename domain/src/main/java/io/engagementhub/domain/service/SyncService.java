package io.engagementhub.domain.service;

import io.engagementhub.domain.model.SyncFigures;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncRunId;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.SyncAccountUseCase;
import io.engagementhub.domain.port.in.SyncAlreadyRunningException;
import io.engagementhub.domain.port.out.EngagementSource;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.UnsupportedTargetException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The sync engine: discovers an account's streams and reads each from its checkpoint, page after
 * page, storing every page's events together with the stream's new checkpoint. A crash anywhere
 * loses nothing and stores nothing twice; a failing stream does not stop the others; memory holds
 * one page at a time. Events of erased (suppressed) recipients are dropped before they are stored.
 * A running run is saved with its figures after every page, so it can be watched. At most one run
 * per account is under way in this service. A targeted run re-reads a time range or a campaign
 * without moving any checkpoint.
 */
public final class SyncService implements SyncAccountUseCase {

    private final EngagementSources sources;
    private final SyncStores stores;
    private final Clock clock;
    private final SyncSettings settings;
    private final PageClassification classification;
    /** How many of an account's latest runs are searched for runs left RUNNING. */
    private static final int LEFTOVER_LOOKBACK = 20;

    private final ConcurrentMap<String, SyncRun> running = new ConcurrentHashMap<>();
    /** Told of every repair run when it has finished (the caller of execute is told of its own run). */
    private final Consumer<SyncRun> repairs;

    /** This engine, telling {@code listener} of each repair run it starts by itself once it finished. */
    public SyncService reportingRepairsTo(Consumer<SyncRun> listener) {
        return new SyncService(sources, stores, clock, settings, classification, listener);
    }

    public SyncService(EngagementSources sources, SyncStores stores, Clock clock, SyncSettings settings) {
        this(sources, stores, clock, settings, PageClassification.none());
    }

    /** An engine that classifies every page before storing it (machine opens and clicks flagged). */
    public SyncService(
            EngagementSources sources,
            SyncStores stores,
            Clock clock,
            SyncSettings settings,
            PageClassification classification) {
        this(sources, stores, clock, settings, classification, run -> {});
    }

    private SyncService(
            EngagementSources sources,
            SyncStores stores,
            Clock clock,
            SyncSettings settings,
            PageClassification classification,
            Consumer<SyncRun> repairs) {
        this.repairs = Objects.requireNonNull(repairs, "repairs");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    @Override
    public void check(SyncAccountCommand command) {
        EngagementSource source = ConfiguredAccount.require(sources, command.account());
        command.target().ifPresent(target -> {
            Instant now = clock.instant();
            if (target.from() != null && !target.from().isBefore(now)) {
                throw new InvalidSyncTargetException("from", "must be before now (" + now + "): no event lies ahead");
            }
            try {
                source.targeted().check(target);
            } catch (UnsupportedTargetException e) {
                throw new InvalidSyncTargetException(e.field(), e.getMessage());
            }
        });
    }

    @Override
    public SyncRun begin(SyncAccountCommand command) {
        check(command);
        return begin(command.account(), command.target().orElse(null));
    }

    private SyncRun begin(String account, SyncTarget target) {
        SyncRun run = SyncRun.started(SyncRunId.random(), account, clock.instant(), target);
        SyncRun existing = running.putIfAbsent(account, run);
        if (existing != null) {
            throw new SyncAlreadyRunningException(
                    stores.runs().find(existing.id()).orElse(existing));
        }
        try {
            stores.runs().save(run);
        } catch (RuntimeException e) {
            running.remove(account, run);
            throw e;
        }
        return run;
    }

    @Override
    public SyncRun execute(SyncRun run, StopSignal stop) {
        if (running.get(run.account()) != run) {
            throw new IllegalStateException("run " + run.id() + " was not begun here or has already been executed");
        }
        AccountSync sync;
        SyncRun finished;
        try {
            sync = new AccountSync(
                    run.account(),
                    ConfiguredAccount.require(sources, run.account()),
                    stores,
                    stop,
                    settings,
                    classification,
                    clock,
                    run.target());
            finished = sync.perform(figures -> saveProgress(run, figures)).finish(run, clock.instant());
            new RunRecorder(stores.runs(), settings.recordPatience()).record(finished, stop);
        } finally {
            running.remove(run.account(), run);
        }
        repair(run.account(), sync.repairsDue(), stop);
        return finished;
    }

    /**
     * Re-reads each campaign a regular run found behind the provider's totals past the grace
     * period, each as a run of its own whose target says it is a repair; skipped when another run
     * of the account has begun meanwhile (the next sync finds the campaigns again).
     */
    private void repair(String account, List<String> campaignIds, StopSignal stop) {
        for (String campaignId : campaignIds) {
            if (stop.stopRequested()) {
                return;
            }
            SyncRun repair;
            try {
                repair = begin(account, SyncTarget.repairOf(campaignId));
            } catch (RuntimeException e) {
                return; // another run began meanwhile, or the run could not be recorded: the next sync tries again
            }
            repairs.accept(execute(repair, stop));
        }
    }

    /**
     * Best effort: a run whose progress cannot be saved goes on; its final figures are saved when it
     * ends, and a store that stays broken fails the run there.
     */
    private void saveProgress(SyncRun run, SyncFigures figures) {
        try {
            stores.runs().save(run.progressed(figures));
        } catch (RuntimeException e) {
            // the final save reports a lasting failure
        }
    }

    @Override
    public List<SyncRun> failInterruptedRuns() {
        List<SyncRun> failed = new ArrayList<>();
        for (String account : sources.accounts()) {
            for (SyncRun run : stores.runs().recent(account, LEFTOVER_LOOKBACK)) {
                if (run.status() == SyncStatus.RUNNING && !isRunningHere(run)) {
                    failed.add(fail(run, "interrupted: the process stopped before this run finished"));
                }
            }
        }
        return failed;
    }

    @Override
    public List<SyncRun> failLeftoverRuns(String account, String takenOverBy) {
        List<SyncRun> failed = new ArrayList<>();
        for (SyncRun run : stores.runs().recent(account, LEFTOVER_LOOKBACK)) {
            if (run.status() == SyncStatus.RUNNING) {
                failed.add(fail(
                        run,
                        "interrupted: instance " + (run.instance() == null ? "unknown" : run.instance())
                                + " stopped before this run finished; " + takenOverBy + " took the account over"));
            }
        }
        return failed;
    }

    private SyncRun fail(SyncRun run, String why) {
        SyncRun failed = run.finished(SyncStatus.FAILED, clock.instant(), run.figures(), run.failures(), why);
        stores.runs().save(failed);
        return failed;
    }

    private boolean isRunningHere(SyncRun run) {
        SyncRun here = running.get(run.account());
        return here != null && here.id().equals(run.id());
    }
}
