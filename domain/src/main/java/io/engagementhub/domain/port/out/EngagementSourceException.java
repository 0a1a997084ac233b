package io.engagementhub.domain.port.out;

/**
 * Reading from a provider failed (after the adapter's own retries). The engine fails the stream
 * being read and goes on with the next one. Messages never contain a secret.
 */
public class EngagementSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngagementSourceException(String message) {
        super(message);
    }

    public EngagementSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
