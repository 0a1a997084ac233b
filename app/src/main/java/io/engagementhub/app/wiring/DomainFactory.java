package io.engagementhub.app.wiring;

import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.SyncRunStore;
import io.engagementhub.domain.service.EngagementQueryService;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the framework-free domain services from the ports the other factories provide. */
@Factory
final class DomainFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    SyncService syncService(EngagementSources sources, EventStore events, SyncRunStore runs, Clock clock) {
        return new SyncService(sources, events, runs, clock, SyncSettings.DEFAULTS);
    }

    @Singleton
    EngagementQueryService queryService(EngagementSources sources, EventStore events, SyncRunStore runs) {
        return new EngagementQueryService(sources, events, runs);
    }
}
