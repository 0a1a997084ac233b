package io.engagementhub.app.classification;

import io.engagementhub.domain.service.Reclassification;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-event rules version in force and how far the stored events follow it: a
 * reclassification under way shows its progress (UP all along: figures are correct per event as
 * soon as each recipient is done).
 */
@Singleton
@Requires(property = "engagement.classification.enabled", notEquals = "false")
public class ClassificationHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Reclassification reclassification;

    public ClassificationHealthIndicator(Reclassification reclassification) {
        this.reclassification = reclassification;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
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
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "classification";
    }
}
