package io.engagementhub.domain.port.out;

/** The provider answered something that is not the documented shape (truncated or foreign JSON). */
public class MalformedResponseException extends EngagementSourceException {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
