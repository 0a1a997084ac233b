package io.engagementhub.domain.port.in;

/**
 * A sync was asked for a target that is malformed or that the provider cannot narrow by; the field
 * at fault is {@code from}, {@code to} or {@code campaign}.
 */
public class InvalidSyncTargetException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidSyncTargetException(String field, String problem) {
        super("field", field, problem);
    }
}
