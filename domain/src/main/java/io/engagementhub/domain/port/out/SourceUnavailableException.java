package io.engagementhub.domain.port.out;

/** The provider kept failing transiently (5xx, timeouts, resets) until the retries ran out. */
public class SourceUnavailableException extends EngagementSourceException {

    private static final long serialVersionUID = 1L;

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
