package io.engagementhub.domain.port.in;

import io.engagementhub.domain.model.SyncRun;

/** A sync of the account is already under way; {@link #running()} is that run. */
public class SyncAlreadyRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SyncRun running;

    public SyncAlreadyRunningException(SyncRun running) {
        super("a sync of account '" + running.account() + "' is already running: " + running.id());
        this.running = running;
    }

    public SyncRun running() {
        return running;
    }
}
