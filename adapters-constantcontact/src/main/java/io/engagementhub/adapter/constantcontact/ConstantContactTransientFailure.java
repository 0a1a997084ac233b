package io.engagementhub.adapter.constantcontact;

/** A failure worth retrying: no answer, a 5xx, or a {@code throttled} 429. */
final class ConstantContactTransientFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    ConstantContactTransientFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** A short label for metrics, e.g. {@code 503} or {@code throttled}. */
    String reason() {
        return reason;
    }

    boolean throttled() {
        return reason.equals("throttled");
    }
}
