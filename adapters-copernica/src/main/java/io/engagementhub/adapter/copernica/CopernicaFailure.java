package io.engagementhub.adapter.copernica;

import io.engagementhub.adapter.http.ProviderRetry;
import java.time.Duration;
import java.util.Objects;

/**
 * Why a Copernica request did not give a usable page, as an explicit kind; the message is already
 * free of secrets. {@link Kind#TRANSIENT} and {@link Kind#THROTTLED} are retried.
 */
final class CopernicaFailure extends ProviderRetry.Failure {

    private static final long serialVersionUID = 1L;

    /**
     * What went wrong, which decides whether to retry and which domain exception follows. The shared
     * shape's {@code QUOTA_EXHAUSTED} has no Copernica counterpart: Copernica documents no quota
     * (docs/providers/copernica.md#transient-failures-and-rate-limits), so no answer is read as one.
     */
    enum Kind {
        /** 5xx, reset, timeout, an empty, truncated or non-JSON body. */
        TRANSIENT,
        /** HTTP 429, with the wait its {@code Retry-After} asked for, if any. */
        THROTTLED,
        /** The access token was refused. */
        ACCESS_DENIED,
        /** A well-formed answer the adapter cannot use (e.g. a page out of the documented order). */
        MALFORMED,
        /** HTTP 404 or 400 "Invalid method": no such path, though another name of it may answer. */
        NO_SUCH_PATH,
        /** HTTP 400 "No entity with supplied ID" (or "No database with supplied ID" and the like). */
        NO_SUCH_ENTITY,
        /** Any other refusal (HTTP 4xx): retrying gives the same answer. */
        REFUSED
    }

    private final Kind kind;

    CopernicaFailure(Kind kind, String label, String message, Duration retryAfter) {
        super(message, label, retryAfter);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    static CopernicaFailure of(Kind kind, String label, String message) {
        return new CopernicaFailure(kind, label, message, null);
    }

    Kind kind() {
        return kind;
    }

    @Override
    public boolean retryable() {
        return kind == Kind.TRANSIENT || kind == Kind.THROTTLED;
    }
}
