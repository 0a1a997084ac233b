package io.engagementhub.sandbox.constantcontact;

/**
 * The tracking reports whose rows are events (the simulator derives {@code unique_opens} and
 * {@code didnotopens} from these), with their path segment and {@code tracking_activity_type}.
 */
public enum ConstantContactSimReport {
    SENDS("sends", "em_sends"),
    OPENS("opens", "em_opens"),
    CLICKS("clicks", "em_clicks"),
    BOUNCES("bounces", "em_bounces"),
    OPTOUTS("optouts", "em_optouts"),
    FORWARDS("forwards", "em_forwards");

    private final String path;
    private final String activityType;

    ConstantContactSimReport(String path, String activityType) {
        this.path = path;
        this.activityType = activityType;
    }

    /** The report's last path segment, e.g. {@code clicks}. */
    public String path() {
        return path;
    }

    /** The {@code tracking_activity_type} its rows carry, e.g. {@code em_clicks}. */
    public String activityType() {
        return activityType;
    }
}
