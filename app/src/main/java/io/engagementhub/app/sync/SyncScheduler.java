package io.engagementhub.app.sync;

import io.engagementhub.app.config.ScheduleSettings;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs every account at startup and then every {@code engagement.sync.every}, unless that is
 * {@code off}: in this process on H2, through the {@link SharedSchedule} on PostgreSQL.
 */
@Singleton
public class SyncScheduler implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncRunner runner;
    private final ScheduleSettings settings;
    private final TaskScheduler scheduler;
    private final SharedSchedule shared;
    /** When this process's next round of syncs starts; null while one runs or with the schedule off. */
    private final AtomicReference<Instant> nextRound = new AtomicReference<>();

    SyncScheduler(
            SyncRunner runner,
            ScheduleSettings settings,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            SharedSchedule shared) {
        this.runner = runner;
        this.settings = settings;
        this.scheduler = scheduler;
        this.shared = shared;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (shared.active()) {
            // Runs left RUNNING by a stopped instance are failed by whichever instance next claims
            // the account: only then is it known that no instance is running them.
            shared.start();
            return;
        }
        runner.failInterruptedRuns();
        settings.interval()
                .ifPresentOrElse(
                        every -> {
                            LOG.info("syncing every account now and then every {}", every);
                            nextRound.set(Instant.now());
                            scheduler.scheduleWithFixedDelay(Duration.ZERO, every, () -> round(every));
                        },
                        () -> LOG.info(
                                "scheduled sync is off (engagement.sync.every=off); sync on demand via the API"));
    }

    private void round(Duration every) {
        nextRound.set(null);
        try {
            runner.syncAll();
        } finally {
            nextRound.set(Instant.now().plus(every));
        }
    }

    /**
     * When the schedule next syncs {@code account}: empty while its sync is due or running now, and
     * with the schedule off.
     */
    public Optional<Instant> nextRun(String account) {
        return shared.active() ? shared.nextRun(account) : Optional.ofNullable(nextRound.get());
    }
}
