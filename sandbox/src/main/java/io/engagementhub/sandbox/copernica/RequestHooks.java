package io.engagementhub.sandbox.copernica;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Actions a test scripts to run after the simulator has prepared its answer to request N. */
final class RequestHooks {

    private final AtomicLong served = new AtomicLong();
    private final Map<Long, List<Runnable>> actions = new ConcurrentHashMap<>();

    void after(long request, Runnable action) {
        actions.computeIfAbsent(request, n -> new CopyOnWriteArrayList<>()).add(action);
    }

    /** Counts one more request and returns its number, starting at 1. */
    long next() {
        return served.incrementAndGet();
    }

    void run(long request) {
        List<Runnable> due = actions.remove(request);
        if (due != null) {
            due.forEach(Runnable::run);
        }
    }

    long served() {
        return served.get();
    }
}
