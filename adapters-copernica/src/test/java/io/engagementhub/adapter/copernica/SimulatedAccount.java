package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.domain.service.SyncStores;
import io.engagementhub.domain.testing.InMemoryCampaignStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;

/** A simulated Copernica account wired to the real sync engine, an in-memory store and a test clock. */
final class SimulatedAccount implements AutoCloseable {

    static final String ACCOUNT = "shop-nl";
    /** Shortly after the default data set's last event. */
    static final Instant NOW = CopernicaDataSet.DEFAULT_TO.plus(Duration.ofMinutes(30));

    static final CopernicaRetrySettings FAST_RETRY =
            new CopernicaRetrySettings(4, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofMillis(1500));

    final CopernicaSimulator sim;
    final MutableClock clock = new MutableClock(NOW);
    final InMemoryEventStore store = new InMemoryEventStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore(store);
    final CopernicaEngagementSource source;
    final SyncService sync;
    private final CopernicaSettings settings;
    private final SyncStores stores;

    SimulatedAccount(CopernicaSimulator sim, CopernicaSettings settings, SourceObserver observer) {
        this.sim = sim;
        this.settings = settings;
        this.source = CopernicaEngagementSource.create(settings, clock, observer);
        this.stores = new SyncStores(store, new InMemorySyncRunStore(), new InMemorySuppressionList(), campaigns);
        this.sync = syncService(source);
    }

    private SyncService syncService(CopernicaEngagementSource of) {
        return new SyncService(EngagementSources.of(Map.of(ACCOUNT, of)), stores, clock, SyncSettings.DEFAULTS);
    }

    static SimulatedAccount start(CopernicaDataSet data, CopernicaSimulatorSettings settings, int pageSize) {
        CopernicaSimulator sim = CopernicaSimulator.start(data, settings);
        return new SimulatedAccount(sim, settings(sim, pageSize), SourceObserver.NONE);
    }

    static SimulatedAccount start(CopernicaDataSet data, int pageSize) {
        return start(data, CopernicaSimulatorSettings.DEFAULTS, pageSize);
    }

    static CopernicaSettings settings(CopernicaSimulator sim, int pageSize) {
        return CopernicaSettings.of(ACCOUNT, sim.baseUrl(), sim.accessToken())
                .withZone(sim.zone())
                .withReading(
                        CopernicaReadSettings.DEFAULTS.withPageSize(pageSize).withRetry(FAST_RETRY));
    }

    /** The same account read through REST v4, with a JWT from the simulator's authentication service. */
    static CopernicaSettings v4Settings(CopernicaSimulator sim, int pageSize) {
        return CopernicaSettings.of(ACCOUNT, sim.v4BaseUrl(), sim.accessToken())
                .withAuthUrl(sim.authUrl())
                .withZone(sim.zone())
                .withReading(
                        CopernicaReadSettings.DEFAULTS.withPageSize(pageSize).withRetry(FAST_RETRY));
    }

    /** This account read with other settings (another REST version) on the same stores, as after a restart. */
    SyncRun syncOnceWith(CopernicaSettings other) {
        try (CopernicaEngagementSource moved = CopernicaEngagementSource.create(other, clock, SourceObserver.NONE)) {
            return syncService(moved).sync(ACCOUNT, StopSignal.NEVER);
        }
    }

    /** Asserts that reading any stream of {@code source} is denied at once. */
    static void assertAccessDenied(CopernicaEngagementSource source) {
        Stream stream = source.discover().streams().get(0);
        Assertions.assertThatThrownBy(() -> source.read(stream, Checkpoint.START))
                .isInstanceOf(AccessDeniedException.class);
    }

    SyncRun syncOnce() {
        return sync.sync(ACCOUNT, StopSignal.NEVER);
    }

    /** A sync as a restarted process runs it: a new source, nothing in memory, on the same stores. */
    SyncRun syncOnceAfterRestart() {
        try (CopernicaEngagementSource fresh = CopernicaEngagementSource.create(settings, clock, SourceObserver.NONE)) {
            return syncService(fresh).sync(ACCOUNT, StopSignal.NEVER);
        }
    }

    @Override
    public void close() {
        source.close();
        sim.close();
    }
}
