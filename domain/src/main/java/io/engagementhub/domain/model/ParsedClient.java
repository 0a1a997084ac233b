package io.engagementhub.domain.model;

/**
 * What a user agent says about the client, as a user-agent parser reads it. Every part is null
 * when unknown.
 *
 * @param deviceClass e.g. {@code Desktop}, {@code Phone}, {@code Tablet}, {@code Robot}
 * @param operatingSystem e.g. {@code iOS}, {@code Windows NT}, {@code Android}
 * @param agentName e.g. {@code Apple Mail}, {@code Outlook}, {@code Chrome}
 * @param agentVersion e.g. {@code 16.0}
 * @param agentClass e.g. {@code Email Client}, {@code Browser}, {@code Robot}, {@code Cloud Application}
 */
public record ParsedClient(
        String deviceClass, String operatingSystem, String agentName, String agentVersion, String agentClass) {

    /** Nothing known. */
    public static final ParsedClient UNKNOWN = new ParsedClient(null, null, null, null, null);

    public ParsedClient {
        deviceClass = blankToNull(deviceClass);
        operatingSystem = blankToNull(operatingSystem);
        agentName = blankToNull(agentName);
        agentVersion = blankToNull(agentVersion);
        agentClass = blankToNull(agentClass);
    }

    /** Whether nothing is known. */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
