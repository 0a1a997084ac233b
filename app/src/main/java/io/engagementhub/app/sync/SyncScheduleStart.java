package io.engagementhub.app.sync;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Starts the schedule the composition root chose once the server is up. */
@Singleton
final class SyncScheduleStart implements ApplicationEventListener<ServerStartupEvent> {

    private final SyncSchedule schedule;

    SyncScheduleStart(SyncSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        schedule.start();
    }
}
