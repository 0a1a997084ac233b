package io.engagementhub.domain.port.in;

/**
 * A request one part of which is wrong. The message names the part and says why, as an API answers
 * it: {@code parameter 'from': must be before 'to'}, or {@code field 'campaign': ...} of a body.
 */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String part;
    private final String problem;

    /** {@code kind} is what the part is ({@code parameter}, {@code field}), {@code part} its name. */
    protected InvalidRequestException(String kind, String part, String problem) {
        super(kind + " '" + part + "': " + problem);
        this.part = part;
        this.problem = problem;
    }

    /** The name of the part at fault. */
    public String part() {
        return part;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
