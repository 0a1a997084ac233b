package io.engagementhub.app.api;

/** A request parameter was wrong; the message names it and says why. */
final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadRequestException(String parameter, String problem) {
        super("parameter '" + parameter + "': " + problem);
    }
}
