package io.engagementhub.app;

import org.junit.jupiter.api.Test;

/** A minute-long PostgreSQL outage in the middle of a sync: longer than the pool's and the scheduler's timeouts. */
class PostgresLongOutageIT extends PostgresOutage {

    @Test
    void aMinuteLongOutageMidSyncIsRecoveredFromWithoutWaitingForTheDeadInstanceTakeover() {
        outageMidSync("long", 60);
    }
}
