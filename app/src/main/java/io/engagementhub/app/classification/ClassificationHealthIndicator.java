package io.engagementhub.app.classification;

import io.engagementhub.app.ops.DeadlineHealthIndicator;
import io.engagementhub.app.ops.HealthDeadline;
import io.engagementhub.domain.service.Reclassification;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-event rules version in force and how far the stored events follow it: a
 * reclassification under way shows its progress (UP all along: figures are correct per event as
 * soon as each recipient is done); UNKNOWN when the stored state cannot be read within {@link
 * HealthDeadline#LIMIT}.
 */
@Singleton
@Requires(property = "engagement.classification.enabled", notEquals = "false")
public class ClassificationHealthIndicator extends DeadlineHealthIndicator {

    private final Reclassification reclassification;

    public ClassificationHealthIndicator(Reclassification reclassification, HealthDeadline deadline) {
        super(deadline, HealthStatus.UNKNOWN);
        this.reclassification = reclassification;
    }

    @Override
    protected Check check() {
        Map<String, Object> details = new LinkedHashMap<>();
        String version = reclassification.rulesVersion();
        details.put("rulesVersion", version);
        reclassification
                .state()
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
        return new Check(HealthStatus.UP, details);
    }

    /** The rules version in force is known without the database; it is shown beside the error. */
    @Override
    protected Map<String, Object> silentDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rulesVersion", reclassification.rulesVersion());
        details.putAll(super.silentDetails());
        return details;
    }

    @Override
    protected String getName() {
        return "classification";
    }
}
