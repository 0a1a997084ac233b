package io.engagementhub.app;

import org.junit.jupiter.api.Test;

/** A ten-second PostgreSQL outage in the middle of a sync. */
class PostgresOutageIT extends PostgresOutage {

    @Test
    void aTenSecondOutageMidSyncIsReportedAtOnceAndRecoveredFromWithoutARestart() {
        outageMidSync("short", 10);
    }
}
