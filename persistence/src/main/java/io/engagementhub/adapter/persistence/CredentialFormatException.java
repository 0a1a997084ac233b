package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.EventStoreException;

/** A stored credential cannot be turned back into its value; the message names it, never its value. */
final class CredentialFormatException extends EventStoreException {

    private static final long serialVersionUID = 1L;

    CredentialFormatException(String account, String name, String problem) {
        super("credential " + name + " of account " + account + " " + problem, null);
    }
}
