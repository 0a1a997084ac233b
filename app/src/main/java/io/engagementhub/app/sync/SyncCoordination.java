package io.engagementhub.app.sync;

import java.util.Objects;

/**
 * How this instance coordinates its syncs with others.
 *
 * @param viaDatabase true when the database is shared by several instances (PostgreSQL): syncs
 *     are claimed through db-scheduler's table; false on H2, where this process schedules alone
 * @param instanceName this instance's name in run history and in the scheduler's table
 */
public record SyncCoordination(boolean viaDatabase, String instanceName) {

    public SyncCoordination {
        Objects.requireNonNull(instanceName, "instanceName");
    }
}
