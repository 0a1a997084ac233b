/**
 * Runs syncs: on demand, on a schedule, one per account at a time (across instances on PostgreSQL,
 * through db-scheduler), stopping cleanly on shutdown.
 */
package io.engagementhub.app.sync;
