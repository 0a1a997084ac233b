package io.engagementhub.app;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * How the tests (and the benchmarks) wait for something: with Awaitility, asking at once and then
 * every {@code every} on the calling thread, for at most {@code bound}; past that it fails naming
 * {@code what} was awaited and the last answer seen.
 */
public final class Waiting {

    private Waiting() {}

    /** A wait for {@code what}, at most {@code bound}, asked every {@code every}; finish it with until... */
    public static ConditionFactory waitFor(String what, Duration bound, Duration every) {
        return Awaitility.await(what)
                .atMost(bound)
                .pollDelay(Duration.ZERO)
                .pollInterval(every)
                .pollInSameThread();
    }
}
