package io.engagementhub.adapter.persistence;

import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Initialises, on a daemon thread of its own, the jOOQ and Flyway classes that {@link
 * Persistence#create} needs, so that a start that does other work first (a Micronaut context)
 * finds them ready on a second core (the start-up figures: docs/benchmarks.md, "The process").
 * Harmless when {@code create} comes first: it then
 * waits for or skips what this thread has not done. This class holds no logger, so asking for it
 * does not set up logging on the caller's thread.
 */
public final class StorePreparation {

    private StorePreparation() {}

    /** Starts the preparation and returns at once. */
    public static void inBackground() {
        Thread thread = new Thread(StorePreparation::prepare, "persistence-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prepare() {
        DSL.using(SQLDialect.H2).selectOne().getSQL();
        Flyway.configure().locations(DatabaseKind.H2.migrationLocations());
    }
}
