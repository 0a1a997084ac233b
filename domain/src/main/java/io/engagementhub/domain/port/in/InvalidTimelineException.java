package io.engagementhub.domain.port.in;

/** A timeline request whose range cannot be drawn; {@link #parameter()} names the part to change. */
public class InvalidTimelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidTimelineException(String parameter, String problem) {
        super(problem);
        this.parameter = parameter;
    }

    /** The request part at fault: {@code from}, {@code to} or {@code bucket}. */
    public String parameter() {
        return parameter;
    }
}
