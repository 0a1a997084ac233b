package io.engagementhub.app.wiring;

import io.engagementhub.app.config.CheckSettings;
import io.engagementhub.app.config.ScheduleSettings;
import io.engagementhub.app.ops.SyncRunReporter;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.service.CampaignService;
import io.engagementhub.domain.service.EngagementQueryService;
import io.engagementhub.domain.service.PageClassification;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.domain.service.SyncStores;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Builds the framework-free domain services from the ports the other factories provide. */
@Factory
final class DomainFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    SyncService syncService(
            EngagementSources sources,
            SyncStores stores,
            Clock clock,
            PageClassification classification,
            ScheduleSettings schedule,
            CheckSettings checks,
            SyncRunReporter reporter) {
        Duration interval = schedule.interval().orElse(ScheduleSettings.DEFAULT_EVERY);
        SyncSettings settings = SyncSettings.DEFAULTS.withReconciliation(checks.toDomain(interval));
        return new SyncService(sources, stores, clock, settings, classification).reportingRepairsTo(reporter::finished);
    }

    @Singleton
    CampaignService campaignService(EngagementSources sources, SyncStores stores) {
        return new CampaignService(sources, stores);
    }

    @Singleton
    EngagementQueryService queryService(EngagementSources sources, SyncStores stores) {
        return new EngagementQueryService(sources, stores);
    }
}
