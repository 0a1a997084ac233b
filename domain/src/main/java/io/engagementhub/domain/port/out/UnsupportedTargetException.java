package io.engagementhub.domain.port.out;

/** A source cannot re-read a target: it cannot narrow by one of its fields, or cannot take its value. */
public class UnsupportedTargetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnsupportedTargetException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The target's field at fault: {@code from}, {@code to} or {@code campaign}. */
    public String field() {
        return field;
    }
}
