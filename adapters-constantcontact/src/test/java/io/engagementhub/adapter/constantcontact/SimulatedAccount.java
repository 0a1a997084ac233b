package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.domain.service.SyncStores;
import io.engagementhub.domain.testing.InMemoryCampaignStore;
import io.engagementhub.domain.testing.InMemoryCredentialStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySourceStateStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimActivity;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimCampaign;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A simulated Constant Contact account wired to a real source, the real engine and in-memory stores. */
final class SimulatedAccount implements AutoCloseable {

    static final String ACCOUNT = "acme";
    static final ConstantContactReadSettings FAST = new ConstantContactReadSettings(
            Duration.ofDays(90), 4, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5));

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
    final ConstantContactSimulator sim;
    final InMemoryEventStore events = new InMemoryEventStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore(events);
    final CredentialStore credentials = new InMemoryCredentialStore();
    final InMemorySourceStateStore state = new InMemorySourceStateStore();
    final ConstantContactBudgets budgets = new ConstantContactBudgets(Duration.ofMillis(1));
    private ConstantContactEngagementSource source;
    private SyncService service;

    SimulatedAccount(ConstantContactDataSet data) {
        sim = ConstantContactSimulator.start(data, clock);
        sim.throttleAbove(10_000);
        restart();
    }

    ConstantContactSettings settings() {
        return new ConstantContactSettings(
                ACCOUNT,
                new ConstantContactApplication(sim.clientId(), sim.clientSecret()),
                sim.initialRefreshToken(),
                new ConstantContactEndpoints(URI.create(sim.baseUrl()), URI.create(sim.tokenUrl())),
                FAST);
    }

    /** A new source instance (as after a service restart) on the same stores. */
    void restart() {
        if (source != null) {
            source.close();
        }
        source = newSource();
        service = new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, source)),
                new SyncStores(events, new InMemorySyncRunStore(), new InMemorySuppressionList(), campaigns),
                clock,
                SyncSettings.DEFAULTS);
    }

    /** Another source instance on the same stores, as another process would have; close it. */
    ConstantContactEngagementSource newSource() {
        return ConstantContactEngagementSource.create(
                settings(), credentials, state, clock, SourceObserver.NONE, budgets, null);
    }

    /** The source the syncs run on now. */
    ConstantContactEngagementSource source() {
        return source;
    }

    SyncRun sync() {
        return service.sync(ACCOUNT, StopSignal.NEVER);
    }

    SyncRun sync(SyncAccountCommand command) {
        return service.sync(command, StopSignal.NEVER);
    }

    long trackingRequests() {
        return sim.server().requestsPerPath().entrySet().stream()
                .filter(e -> e.getKey().contains("/tracking/"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    long apiRequests() {
        return sim.server().requestsPerPath().entrySet().stream()
                .filter(e -> e.getKey().startsWith("/v3/"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** The simulator's activities the tracking reports cover that have been sent. */
    List<ConstantContactSimActivity> sentActivities() {
        return sim.campaigns().stream()
                .map(ConstantContactSimCampaign::activities)
                .flatMap(List::stream)
                .filter(a -> a.reportable() && a.sentAt() != null)
                .toList();
    }

    /** What the simulator holds, as comparable lines: activity, type, contact, minute, link. */
    List<String> expected() {
        return sim.events().stream().map(SimulatedAccount::line).sorted().toList();
    }

    /** What the store holds, as the same lines. */
    List<String> stored() {
        return events.all().stream().map(SimulatedAccount::line).sorted().toList();
    }

    static String line(ConstantContactSimEvent e) {
        EngagementType type =
                switch (e.report()) {
                    case SENDS -> EngagementType.SENT;
                    case OPENS -> EngagementType.OPENED;
                    case CLICKS -> EngagementType.CLICKED;
                    case BOUNCES -> "V".equals(e.bounceCode()) ? EngagementType.DELIVERED : EngagementType.BOUNCED;
                    case OPTOUTS -> EngagementType.UNSUBSCRIBED;
                    case FORWARDS -> EngagementType.FORWARDED;
                };
        String extra = e.report() == ConstantContactSimReport.BOUNCES ? e.bounceCode() : e.urlId();
        return String.join(
                "|",
                e.activityId(),
                e.campaignId(),
                type.name(),
                e.contactId(),
                e.createdTime().toString(),
                String.valueOf(extra));
    }

    static String line(EngagementEvent e) {
        String extra = e.bounce() != null
                ? e.bounce().code()
                : e.link() == null ? null : e.link().id();
        return String.join(
                "|",
                e.campaignId(),
                String.valueOf(e.parentCampaignId()),
                e.type().name(),
                e.recipient().id(),
                e.occurredAt().toString(),
                String.valueOf(extra));
    }

    @Override
    public void close() {
        source.close();
        sim.close();
    }
}
