package io.engagementhub.app.ops;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import java.util.Map;

/**
 * A health indicator whose check reads the database. The check runs within
 * {@link HealthDeadline#LIMIT}; when it does not answer in time, the indicator reports its
 * {@code whenSilent} status and an error naming the wait, so {@code /health} never hangs.
 */
public abstract class DeadlineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final HealthDeadline deadline;
    private final HealthStatus whenSilent;

    protected DeadlineHealthIndicator(HealthDeadline deadline, HealthStatus whenSilent) {
        this.deadline = deadline;
        this.whenSilent = whenSilent;
    }

    /** The check itself, run on the deadline's thread. */
    protected abstract Check check();

    @Override
    protected final Map<String, Object> getHealthInformation() {
        Check check = deadline.within(this::check).orElseGet(() -> new Check(whenSilent, silentDetails()));
        healthStatus = check.status();
        return check.details();
    }

    /** The details shown when the check did not answer in time: the error naming the wait. */
    protected Map<String, Object> silentDetails() {
        return Map.of("error", HealthDeadline.noAnswer());
    }

    /** What a check found: the indicator's status and the details it shows. */
    public record Check(HealthStatus status, Map<String, Object> details) {}
}
