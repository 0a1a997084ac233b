package io.engagementhub.domain.port.out;

/**
 * The store's database could not be reached (down, restarting, no connection within the pool's
 * timeout): nothing was written, and the same call may succeed once the database is back.
 */
public class StoreUnavailableException extends EventStoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
