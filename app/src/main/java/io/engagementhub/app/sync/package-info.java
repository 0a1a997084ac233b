/** Runs syncs: on demand, on a schedule, one per account at a time, stopping cleanly on shutdown. */
package io.engagementhub.app.sync;
