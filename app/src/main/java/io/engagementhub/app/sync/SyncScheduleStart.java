package io.engagementhub.app.sync;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Starts the schedule the composition root chose once the server is up. */
@Singleton
record SyncScheduleStart(SyncSchedule schedule) implements ApplicationEventListener<ServerStartupEvent> {

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        schedule.start();
    }
}
