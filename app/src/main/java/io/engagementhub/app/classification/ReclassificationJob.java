package io.engagementhub.app.classification;

import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.engagementhub.domain.service.Reclassification;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, once the server is up and then every {@code engagement.classification.check-every}
 * (default 1m), whether the stored verdicts follow the rules now in force (rules, settings, Apple's
 * ranges, the parser), and if not reclassifies them in the background, resuming where a previous
 * run stopped. Stops at shutdown. The first check comes at once, so that a new store is marked as
 * following the rules while it is still empty: a later first check would read back what the first
 * sync stored. A start that fails never checks.
 */
@Singleton
@Requires(property = "engagement.classification.enabled", notEquals = "false")
public class ReclassificationJob implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReclassificationJob.class);

    private final Reclassification reclassification;
    private final TaskScheduler scheduler;
    private final Duration firstCheck;
    private final Duration checkEvery;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile ScheduledFuture<?> checks;

    ReclassificationJob(
            Reclassification reclassification,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            @Value("${engagement.classification.first-check:0s}") Duration firstCheck,
            @Value("${engagement.classification.check-every:1m}") Duration checkEvery) {
        this.reclassification = reclassification;
        this.scheduler = scheduler;
        this.firstCheck = firstCheck;
        this.checkEvery = checkEvery;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        checks = scheduler.scheduleWithFixedDelay(firstCheck, checkEvery, this::reclassifyIfRulesChanged);
    }

    void reclassifyIfRulesChanged() {
        String version = reclassification.rulesVersion();
        boolean current;
        try {
            current = reclassification
                    .state()
                    .filter(state -> state.rulesVersion().equals(version) && state.complete())
                    .isPresent();
        } catch (StoreUnavailableException e) {
            LOG.warn("Reclassification check skipped until the next one: {}", e.getMessage());
            return;
        }
        if (current) {
            return;
        }
        LOG.info("Reclassifying stored events with machine-event rules {}", version);
        try {
            ReclassificationState state = reclassification.run(stopping::get);
            LOG.info(
                    "Reclassification {}: {} recipients, {} events changed",
                    state.complete() ? "done" : "stopped",
                    state.recipientsDone(),
                    state.eventsChanged());
        } catch (RuntimeException e) {
            LOG.warn("Reclassification stopped and resumes at the next check: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        stopping.set(true);
        ScheduledFuture<?> scheduled = checks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
