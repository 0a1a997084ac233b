package io.engagementhub.domain.port.in;

/**
 * A timeline request whose range cannot be drawn; the part to change is {@code from}, {@code to}
 * or {@code bucket}.
 */
public class InvalidTimelineException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidTimelineException(String parameter, String problem) {
        super("parameter", parameter, problem);
    }
}
