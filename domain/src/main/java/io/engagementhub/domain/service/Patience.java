package io.engagementhub.domain.service;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Runs a call again, with pauses that double up to a longest one, while it fails in a way that may
 * pass (a database restarting): the engine records a run that way, and the service releases a
 * claimed account. Gives up, throwing the last failure, when {@code giveUp} says so or the thread
 * is interrupted; any other failure is thrown at once.
 */
public final class Patience {

    /** For a store that is unavailable: 100 ms, doubling to 2 s. */
    public static final Patience WITH_A_DATABASE = new Patience(Duration.ofMillis(100), Duration.ofSeconds(2));

    private final Duration first;
    private final Duration longest;

    public Patience(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    /**
     * Runs {@code call} until it succeeds.
     *
     * @param passing the failures that may pass
     * @param giveUp asked after each passing failure, before the pause
     * @return how many times {@code call} failed before it succeeded
     */
    public int run(Runnable call, Predicate<RuntimeException> passing, BooleanSupplier giveUp) {
        long pause = first.toMillis();
        for (int failures = 0; ; failures++) {
            try {
                call.run();
                return failures;
            } catch (RuntimeException e) {
                if (!passing.test(e) || giveUp.getAsBoolean() || !pause(pause)) {
                    throw e;
                }
                pause = Math.min(pause * 2, longest.toMillis());
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
