package io.engagementhub.domain.model;

/**
 * Why an open or click is taken for a machine's rather than a person's. Stored as a bit mask:
 * bit {@code ordinal()} is set for each reason, so the order of the constants is fixed (add new
 * ones at the end).
 */
public enum MachineReason {
    /** An open fetched by Apple Mail Privacy Protection's proxies (an address in Apple's ranges). */
    APPLE_PRIVACY_PROXY(true),
    /**
     * An open through Google's or Yahoo's image proxy: a person's open, but the client it names is
     * the proxy's, so it counts as human and its client as "unknown (proxy)".
     */
    IMAGE_PROXY(false),
    /** A link scanner's open or click: its user agent, its address or a robot-like client class. */
    SECURITY_SCANNER(true),
    /** An open or click within a few seconds of the message's delivery or send. */
    TOO_FAST(true),
    /** One of a recipient's clicks on several links of a campaign within a few seconds. */
    ALL_LINKS_BURST(true);

    private final boolean machine;

    MachineReason(boolean machine) {
        this.machine = machine;
    }

    /** Whether an event with this reason counts as a machine's (false: a note on a human event). */
    public boolean machine() {
        return machine;
    }

    /** This reason's bit in the stored mask. */
    public int bit() {
        return 1 << ordinal();
    }
}
