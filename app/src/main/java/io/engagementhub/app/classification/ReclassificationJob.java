package io.engagementhub.app.classification;

import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.port.out.StoreUnavailableException;
import io.engagementhub.domain.service.Reclassification;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks at start and every {@code engagement.classification.check-every} (default 1m) whether the
 * stored verdicts follow the rules now in force (rules, settings, Apple's ranges, the parser), and
 * if not reclassifies them in the background, resuming where a previous run stopped. Stops at
 * shutdown. Checking at start lets a new store be marked as following the rules while it is still
 * empty, before a first sync fills it: a later first check would read back what that sync stored.
 */
@Singleton
@Requires(property = "engagement.classification.enabled", notEquals = "false")
public class ReclassificationJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReclassificationJob.class);

    private final Reclassification reclassification;
    private final AtomicBoolean stopping = new AtomicBoolean();

    ReclassificationJob(Reclassification reclassification) {
        this.reclassification = reclassification;
    }

    @Scheduled(
            initialDelay = "${engagement.classification.first-check:0s}",
            fixedDelay = "${engagement.classification.check-every:1m}")
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
    }
}
