package io.engagementhub.app.ops;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the health indicators' database reads with a deadline, so that {@code /health} answers DOWN
 * at once while the database is unreachable instead of waiting out the pool's connection timeout
 * (ADR 0011). A read still waiting when the deadline passes finishes on its own thread, bounded by
 * that timeout.
 */
@Singleton
public final class HealthDeadline {

    static final Duration LIMIT = Duration.ofMillis(1500);

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "engagement-health");
        thread.setDaemon(true);
        return thread;
    });

    /** What {@code read} answered within {@link #LIMIT}; empty if it did not answer in time or failed. */
    public <T> Optional<T> within(Callable<T> read) {
        Future<T> answer = executor.submit(read);
        try {
            return Optional.ofNullable(answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            answer.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public static String noAnswer() {
        return "the database did not answer within " + LIMIT.toMillis() + " ms";
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
