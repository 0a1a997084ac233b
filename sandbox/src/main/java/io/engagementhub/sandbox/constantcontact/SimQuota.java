package io.engagementhub.sandbox.constantcontact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The provider's request limits (docs/providers/constantcontact.md#rate-limits-and-quota): at most 4 requests in any
 * second
 * (measured on a real monotonic clock, over a sliding second) and a daily budget that resets at
 * 00:00 UTC of the simulator's clock. Thread-safe.
 */
final class SimQuota {

    /** What a request may do. */
    enum Verdict {
        OK,
        THROTTLED,
        QUOTA_EXCEEDED
    }

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final Clock clock;
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private int perSecond = 4;
    private long dailyBudget = 10_000;
    private LocalDate day;
    private long usedToday;
    private int peakPerSecond;
    private long seen;
    private long refused;

    SimQuota(Clock clock) {
        this.clock = clock;
    }

    synchronized void perSecond(int value) {
        perSecond = value;
    }

    synchronized void dailyBudget(long value) {
        dailyBudget = value;
    }

    /** The most requests seen in any sliding second so far. */
    synchronized int peakPerSecond() {
        return peakPerSecond;
    }

    /** API requests seen so far. */
    synchronized long seen() {
        return seen;
    }

    /** API requests refused (429) so far. */
    synchronized long refused() {
        return refused;
    }

    synchronized Verdict admit() {
        Verdict verdict = judge();
        seen++;
        if (verdict != Verdict.OK) {
            refused++;
        }
        return verdict;
    }

    private Verdict judge() {
        long now = System.nanoTime();
        while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= SECOND_NANOS) {
            lastSecond.removeFirst();
        }
        lastSecond.addLast(now);
        peakPerSecond = Math.max(peakPerSecond, lastSecond.size());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            usedToday = 0;
        }
        if (usedToday >= dailyBudget) {
            return Verdict.QUOTA_EXCEEDED;
        }
        if (lastSecond.size() > perSecond) {
            return Verdict.THROTTLED;
        }
        usedToday++;
        return Verdict.OK;
    }
}
