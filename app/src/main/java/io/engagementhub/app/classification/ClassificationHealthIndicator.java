package io.engagementhub.app.classification;

import io.engagementhub.app.ops.HealthDeadline;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.service.Reclassification;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-event rules version in force and how far the stored events follow it: a
 * reclassification under way shows its progress (UP all along: figures are correct per event as
 * soon as each recipient is done); UNKNOWN when the stored state cannot be read within {@link
 * HealthDeadline#LIMIT}.
 */
@Singleton
@Requires(property = "engagement.classification.enabled", notEquals = "false")
public class ClassificationHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Reclassification reclassification;
    private final HealthDeadline deadline;

    public ClassificationHealthIndicator(Reclassification reclassification, HealthDeadline deadline) {
        this.reclassification = reclassification;
        this.deadline = deadline;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        String version = reclassification.rulesVersion();
        details.put("rulesVersion", version);
        Optional<Optional<ReclassificationState>> stored = deadline.within(reclassification::state);
        if (stored.isEmpty()) {
            details.put("error", HealthDeadline.noAnswer());
            healthStatus = HealthStatus.UNKNOWN;
            return details;
        }
        stored.get()
                .ifPresentOrElse(
                        state -> {
                            boolean current = state.rulesVersion().equals(version);
                            details.put("reclassification", current && state.complete() ? "complete" : "in progress");
                            details.put("storedVersion", state.rulesVersion());
                            details.put("recipientsDone", state.recipientsDone());
                            details.put("eventsChanged", state.eventsChanged());
                            details.put("updatedAt", state.updatedAt().toString());
                        },
                        () -> details.put("reclassification", "not started"));
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "classification";
    }
}
