package io.engagementhub.sandbox.constantcontact;

import java.util.Locale;

/**
 * The tracking reports whose rows are events (the simulator derives {@code unique_opens} and
 * {@code didnotopens} from these), with their path segment and {@code tracking_activity_type}.
 */
public enum ConstantContactSimReport {
    SENDS,
    OPENS,
    CLICKS,
    BOUNCES,
    OPTOUTS,
    FORWARDS;

    /** The report's last path segment, its name in lower case, e.g. {@code clicks}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code tracking_activity_type} its rows carry, {@code em_} and the path, e.g. {@code em_clicks}. */
    public String activityType() {
        return "em_" + path();
    }
}
