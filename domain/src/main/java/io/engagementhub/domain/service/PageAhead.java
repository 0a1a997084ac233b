package io.engagementhub.domain.service;

import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.port.out.EngagementSourceException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Reads a stream's next page while the run stores the current one, so that the provider's answer
 * and the database's work overlap. One read is in flight at a time, on one thread of its own, so
 * the source is still called by one thread at a time. A page read ahead is stored only in its turn,
 * with its checkpoint: a crash or a failure loses it and it is read again, never stored twice.
 */
final class PageAhead implements AutoCloseable {

    private final ExecutorService reader;
    private Future<SourcePage> next;

    PageAhead(String account) {
        this.reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "engagement-read-" + account);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts {@code read} on the reading thread; the page started before must have been taken. */
    void start(Supplier<SourcePage> read) {
        if (next != null) {
            throw new IllegalStateException("a page is already being read ahead");
        }
        next = reader.submit(read::get);
    }

    boolean started() {
        return next != null;
    }

    /** The page started last; a failed read throws here what it threw. */
    SourcePage take() {
        Future<SourcePage> read = next;
        next = null;
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new EngagementSourceException("reading a page failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngagementSourceException("interrupted while waiting for a page");
        }
    }

    /**
     * Waits for a read still in flight and drops its page (the stream's checkpoint is still before
     * it), so that the next stream's read does not overlap it.
     */
    void discard() {
        if (next == null) {
            return;
        }
        try {
            next.get();
        } catch (ExecutionException e) {
            // dropped with its page: the run already ends or moves on for another reason
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            next = null;
        }
    }

    @Override
    public void close() {
        discard();
        reader.shutdown();
    }
}
