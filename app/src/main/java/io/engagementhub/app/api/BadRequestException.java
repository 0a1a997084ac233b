package io.engagementhub.app.api;

/** A request parameter (or body field) was wrong; the message names it and says why. */
final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String problem;

    BadRequestException(String parameter, String problem) {
        this("parameter", parameter, problem);
    }

    private BadRequestException(String kind, String name, String problem) {
        super(kind + " '" + name + "': " + problem);
        this.name = name;
        this.problem = problem;
    }

    /** A field of the JSON request body was wrong. */
    static BadRequestException field(String field, String problem) {
        return new BadRequestException("field", field, problem);
    }

    /** The same problem, said of a body field of the same name. */
    BadRequestException asField() {
        return field(name, problem);
    }
}
