package io.engagementhub.domain.port.in;

/** A sync was asked for a target that is malformed or that the provider cannot narrow by. */
public class InvalidSyncTargetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSyncTargetException(String field, String problem) {
        super("'" + field + "': " + problem);
        this.field = field;
    }

    /** The field of the target that is wrong: {@code from}, {@code to} or {@code campaign}. */
    public String field() {
        return field;
    }
}
