package io.engagementhub.adapter.constantcontact;

import java.time.Duration;
import java.util.Objects;

/**
 * A request that did not give a usable answer, with an explicit kind: {@link Kind#TRANSIENT} and
 * {@link Kind#THROTTLED}, both retried.
 * Refusals that retrying cannot change (401 after a refresh, 403, {@code quota_exceeded}, other
 * 4xx) are raised as the domain's exceptions where they are recognised. Messages hold no secret.
 */
final class ConstantContactFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; decides the retry and the domain exception after the last attempt. */
    enum Kind {
        /** No answer, a 5xx, or a body that cannot be read. */
        TRANSIENT,
        /** A {@code throttled} 429. */
        THROTTLED
    }

    private final Kind kind;
    private final String label;
    private final transient Duration retryAfter;

    ConstantContactFailure(Kind kind, String label, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = Objects.requireNonNull(label, "label");
        this.retryAfter = retryAfter;
    }

    static ConstantContactFailure transientFailure(String label, String message, Throwable cause) {
        return new ConstantContactFailure(Kind.TRANSIENT, label, message, null, cause);
    }

    Kind kind() {
        return kind;
    }

    /** A short label for metrics, e.g. {@code 503} or {@code throttled}. */
    String label() {
        return label;
    }

    /** The wait a 429 or 503 asked for ({@code Retry-After}), or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
