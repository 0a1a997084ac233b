package io.engagementhub.app.wiring;

import io.engagementhub.adapter.persistence.StorePreparation;

/**
 * Work a start can do on a second core before the context needs it: the store's jOOQ and Flyway
 * classes are initialised while Micronaut builds its context (docs/benchmarks.md, "The process").
 */
public final class StartupPreparation {

    private StartupPreparation() {}

    /** Begins the preparation on a daemon thread and returns at once. */
    public static void begin() {
        StorePreparation.inBackground();
    }
}
