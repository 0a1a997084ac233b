package io.engagementhub.app.api;

import io.engagementhub.domain.port.in.InvalidRequestException;

/**
 * A request parameter (or body field) the API itself could not read; the message names it and
 * says why.
 */
final class BadRequestException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    BadRequestException(String parameter, String problem) {
        this("parameter", parameter, problem);
    }

    private BadRequestException(String kind, String name, String problem) {
        super(kind, name, problem);
    }

    /** A field of the JSON request body was wrong. */
    static BadRequestException field(String field, String problem) {
        return new BadRequestException("field", field, problem);
    }

    /** The same problem, said of a body field of the same name. */
    BadRequestException asField() {
        return field(part(), problem());
    }
}
