package io.engagementhub.domain.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * The provider's request budget is used up until {@link #resetsAt()}. The sync of the account ends
 * cleanly, without further requests; what was stored stays stored.
 */
public class QuotaExhaustedException extends EngagementSourceException {

    private static final long serialVersionUID = 1L;

    private final Instant resetsAt;

    public QuotaExhaustedException(String message, Instant resetsAt) {
        super(message);
        this.resetsAt = Objects.requireNonNull(resetsAt, "resetsAt must not be null");
    }

    /** When the provider will accept requests again. */
    public Instant resetsAt() {
        return resetsAt;
    }
}
