package io.engagementhub.domain.port.out;

/** The event store could not do what was asked (database down, constraint broken). */
public class EventStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
