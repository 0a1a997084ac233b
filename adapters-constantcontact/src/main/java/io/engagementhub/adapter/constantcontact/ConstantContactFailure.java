package io.engagementhub.adapter.constantcontact;

import io.engagementhub.adapter.http.ProviderRetry;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Why a Constant Contact request did not give a usable answer, as an explicit kind decided where the
 * answer is read ({@link ConstantContactResponses}); the message holds no secret. {@link
 * Kind#TRANSIENT} and {@link Kind#THROTTLED} are retried; the transport turns every kind into the
 * domain's exception in one place.
 */
final class ConstantContactFailure extends ProviderRetry.Failure {

    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides whether to retry and which domain exception follows. */
    enum Kind {
        /** No answer, a 5xx, a wait for the rate limiter that ran out, or a body that cannot be read. */
        TRANSIENT,
        /** A {@code throttled} 429, with the wait its {@code Retry-After} asked for, if any. */
        THROTTLED,
        /** The application's daily quota is used up ({@code quota_exceeded}) until {@link #resetsAt()}. */
        QUOTA_EXHAUSTED,
        /** 401 after a refresh, 403, or a refresh token or client the token endpoint refused. */
        ACCESS_DENIED,
        /** A well-formed answer the adapter cannot use (a token answer without an access token). */
        MALFORMED,
        /** Any other refusal (4xx): retrying gives the same answer. */
        REFUSED
    }

    private final Kind kind;
    private final transient Instant resetsAt;

    private ConstantContactFailure(Kind kind, String label, String message, Duration retryAfter, Instant resetsAt) {
        super(message, label, retryAfter);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.resetsAt = resetsAt;
        if (kind == Kind.QUOTA_EXHAUSTED) {
            Objects.requireNonNull(resetsAt, "resetsAt");
        }
    }

    static ConstantContactFailure of(Kind kind, String label, String message) {
        return new ConstantContactFailure(kind, label, message, null, null);
    }

    /** A failure whose answer asked to wait {@code retryAfter} (may be null) before trying again. */
    static ConstantContactFailure waiting(Kind kind, String label, String message, Duration retryAfter) {
        return new ConstantContactFailure(kind, label, message, retryAfter, null);
    }

    static ConstantContactFailure quotaExhausted(String message, Instant resetsAt) {
        return new ConstantContactFailure(Kind.QUOTA_EXHAUSTED, "quota_exceeded", message, null, resetsAt);
    }

    Kind kind() {
        return kind;
    }

    /** When the daily quota resets; set for {@link Kind#QUOTA_EXHAUSTED} only. */
    Instant resetsAt() {
        return resetsAt;
    }

    @Override
    public boolean retryable() {
        return kind == Kind.TRANSIENT || kind == Kind.THROTTLED;
    }
}
