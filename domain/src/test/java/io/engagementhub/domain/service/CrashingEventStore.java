package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.port.out.EventStore;
import java.util.List;
import java.util.function.Supplier;

/**
 * Delegates to a real store until a given append, which throws: before storing anything, or (with
 * {@code afterCommit}) after the store committed, as a process dying right after a commit would.
 */
final class CrashingEventStore extends ForwardingEventStore {

    private final int failingAppend;
    private final Supplier<? extends Throwable> crash;
    private final boolean afterCommit;
    private int appends;

    CrashingEventStore(EventStore delegate, int failingAppend, Supplier<? extends Throwable> crash) {
        this(delegate, failingAppend, crash, false);
    }

    CrashingEventStore(
            EventStore delegate, int failingAppend, Supplier<? extends Throwable> crash, boolean afterCommit) {
        super(delegate);
        this.failingAppend = failingAppend;
        this.crash = crash;
        this.afterCommit = afterCommit;
    }

    @Override
    public int append(String account, String streamKey, List<EngagementEvent> events, Checkpoint checkpoint) {
        boolean crashNow = appends++ == failingAppend;
        if (crashNow && !afterCommit) {
            sneakyThrow(crash.get());
        }
        int added = super.append(account, streamKey, events, checkpoint);
        if (crashNow) {
            sneakyThrow(crash.get());
        }
        return added;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
