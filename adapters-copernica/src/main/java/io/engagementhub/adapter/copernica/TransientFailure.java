package io.engagementhub.adapter.copernica;

/** A failure worth retrying; its message is already free of secrets. */
final class TransientFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final boolean malformed;

    TransientFailure(String reason, String message, boolean malformed) {
        super(message, null, false, false);
        this.reason = reason;
        this.malformed = malformed;
    }

    /** A short label for metrics, e.g. {@code 503} or {@code timeout}. */
    String reason() {
        return reason;
    }

    /** Whether the answer came but was not the documented JSON. */
    boolean malformed() {
        return malformed;
    }
}
