package io.engagementhub.adapter.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PostgreSQL's planner statistics up with a bulk sync. Without them, a table filled since its
 * last {@code ANALYZE} looks small to the planner, which then sorts every event of a campaign for a
 * first page instead of reading the campaign's index in order (272 ms instead of about 10 ms on
 * 300,000 events, docs/benchmarks.md), until autovacuum gets round to it. So once the events
 * appended since the last analysis reach both {@code minimum} and a fifth of the table, the tables
 * an append fills are analysed, as PostgreSQL's manual advises after a bulk load ("Populating a
 * Database": run ANALYZE afterwards). Tables never analysed are analysed after the first
 * {@link #FIRST} events already: until then the planner checked each page's ids against the event
 * table with a sequential scan, 0.4 s a query in the first seconds of a 300,000-click sync. A
 * failure is logged and the append stands.
 */
final class PlannerStatistics {

    static final long MINIMUM = 50_000;
    static final long FIRST = 2_000;
    private static final double GROWTH = 0.2;
    private static final String TABLES = "stored_event, event_recipient, event_address, event_client, event_link";
    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

    private final DSLContext dsl;
    private final boolean enabled;
    private final long minimum;
    private final AtomicLong sinceAnalysis = new AtomicLong();
    private volatile boolean analysed;

    /** Analyses on PostgreSQL only: H2's planner here needs no gathered statistics to use an index in order. */
    PlannerStatistics(DSLContext dsl, DatabaseKind kind, long minimum) {
        this.dsl = dsl;
        this.enabled = kind == DatabaseKind.POSTGRESQL;
        this.minimum = minimum;
    }

    /** Counts {@code rows} newly stored and analyses the tables if they grew enough since the last time. */
    void appended(int rows) {
        if (!enabled || rows == 0) {
            return;
        }
        long pending = sinceAnalysis.addAndGet(rows);
        if (pending < Math.min(FIRST, minimum) || (analysed && pending < minimum)) {
            return;
        }
        long started = System.nanoTime();
        try {
            double events = estimatedEvents();
            analysed = events >= 0;
            boolean due = !analysed || (pending >= minimum && pending >= GROWTH * events);
            if (!due || !sinceAnalysis.compareAndSet(pending, 0)) {
                return;
            }
            dsl.execute("ANALYZE " + TABLES);
            analysed = true;
            LOG.debug(
                    "analysed the event tables after {} new events in {} ms",
                    pending,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (DataAccessException e) {
            // The page is committed: a failure here must not make the append look failed.
            LOG.warn("Could not analyse the event tables after a bulk append ({}); autovacuum will", e.getMessage());
        }
    }

    /** The planner's estimate of the event rows, negative if the table was never analysed. */
    private double estimatedEvents() {
        Float tuples = dsl.resultQuery("SELECT reltuples FROM pg_class WHERE oid = to_regclass('stored_event')")
                .fetchOne(0, Float.class);
        return tuples == null ? -1 : tuples;
    }
}
