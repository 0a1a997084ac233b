package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.model.SyncTarget;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.testing.InMemoryCampaignStore;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Targeted re-reads: only the target's events are stored, once, and no checkpoint moves. */
class TargetedSyncTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore(store);
    private final StubEngagementSource source = SyncServiceTest.threeStreams();
    private final SyncService engine = new SyncService(
            EngagementSources.of(Map.of(ACCOUNT, source)),
            new SyncStores(store, new InMemorySyncRunStore(), new InMemorySuppressionList(), campaigns),
            clock,
            SyncSettings.DEFAULTS);

    private static SyncAccountCommand range(Instant from, Instant to) {
        return new SyncAccountCommand(ACCOUNT, from, to, null);
    }

    @Test
    void aRangeReReadStoresOnlyTheEventsInsideTheRange() {
        SyncRun run = engine.sync(range(T0.plusSeconds(5), T0.plusSeconds(10)), StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(store.all()).hasSize(5 + 5 + 2).allSatisfy(e -> assertThat(e.occurredAt())
                .isBetween(T0.plusSeconds(5), T0.plusSeconds(9)));
        assertThat(run.figures().eventsStored()).isEqualTo(12);
        assertThat(source.targets()).containsExactly(new SyncTarget(T0.plusSeconds(5), T0.plusSeconds(10), null));
    }

    @Test
    void aTargetedReadMovesNoCheckpointAndStoresNothingTwice() {
        engine.sync(ACCOUNT, StopSignal.NEVER);
        Map<String, Checkpoint> before = store.checkpoints(ACCOUNT);
        int stored = store.size();

        SyncRun again = engine.sync(range(T0, T0.plusSeconds(60)), StopSignal.NEVER);

        assertThat(again.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(again.figures().eventsRead()).isEqualTo(stored);
        assertThat(again.figures().eventsStored()).isZero();
        assertThat(store.size()).isEqualTo(stored);
        assertThat(store.checkpoints(ACCOUNT)).isEqualTo(before);
    }

    @Test
    void aTargetedReadBeforeAnyRegularSyncLeavesTheRegularSyncEverythingToRead() {
        engine.sync(range(T0, T0.plusSeconds(3)), StopSignal.NEVER);
        assertThat(store.checkpoints(ACCOUNT)).isEmpty();

        SyncRun regular = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(regular.figures().eventsRead()).isEqualTo(62);
        assertThat(store.size()).isEqualTo(62);
    }

    @Test
    void aCampaignReReadStoresOnlyThatCampaignsEvents() {
        List<EngagementEvent> other = SyncServiceTest.events("other", 4).stream()
                .map(e -> e.toBuilder().campaignId("2002").build())
                .toList();
        source.add("ms/other", other);

        engine.sync(new SyncAccountCommand(ACCOUNT, null, null, "2002"), StopSignal.NEVER);

        assertThat(store.all()).containsExactlyInAnyOrderElementsOf(other);
    }

    @Test
    void aTargetTheSourceCannotNarrowByIsRefusedNamingTheFieldBeforeAnyRun() {
        assertThatThrownBy(() -> engine.begin(new SyncAccountCommand(ACCOUNT, null, null, "bad-id")))
                .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                        .isEqualTo("campaign"));
        assertThat(source.targets()).isEmpty();
        assertThat(engine.sync(ACCOUNT, StopSignal.NEVER).status()).isEqualTo(SyncStatus.SUCCEEDED);
    }

    @Test
    void theCommandChecksItsRangeOnceAndTheServiceTheAccount() {
        assertThatThrownBy(() -> range(T0, T0))
                .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                        .isEqualTo("to"));
        assertThatThrownBy(() -> range(T0, T0.plusNanos(999)))
                .as("the same time at the microsecond the stores keep")
                .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                        .isEqualTo("to"));
        assertThatThrownBy(() -> engine.check(new SyncAccountCommand(ACCOUNT, clock.instant(), null, null)))
                .as("no event lies ahead")
                .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                        .isEqualTo("from"));
        assertThatThrownBy(() -> engine.check(new SyncAccountCommand(
                        ACCOUNT,
                        clock.instant().plusSeconds(60),
                        clock.instant().plusSeconds(120),
                        null)))
                .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                        .isEqualTo("from"));
        engine.check(new SyncAccountCommand(ACCOUNT, clock.instant().minusSeconds(1), null, null));
        assertThatThrownBy(() -> engine.check(SyncAccountCommand.regular("nobody")))
                .isInstanceOf(UnknownAccountException.class);
        assertThat(SyncAccountCommand.regular(ACCOUNT).target()).isEmpty();
        assertThat(new SyncAccountCommand(ACCOUNT, null, null, " 7 ").target())
                .contains(new SyncTarget(null, null, "7"));
    }

    @Test
    void campaignDetailsAreReadAfterTheStreamsAndStored() {
        Campaign named = new Campaign(ACCOUNT, "1001", "Spring sale", "Up to 50% off", T0, 1200L);
        source.reportCampaigns(List.of(named));

        SyncRun run = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(campaigns.find(ACCOUNT, Set.of("1001"))).containsEntry("1001", named);
        assertThat(run.figures().requests()).isEqualTo(1 + 4 + 2 + 1 + 1);
    }

    @Test
    void campaignDetailsThatCannotBeReadFailAloneAndTheEventsStayStored() {
        source.failCampaigns(() -> new EngagementSourceException("emailings: HTTP 503"));

        SyncRun run = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(run.status()).isEqualTo(SyncStatus.PARTIAL);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.streamKey()).isEqualTo("campaigns");
            assertThat(f.reason()).contains("503");
        });
        assertThat(store.size()).isEqualTo(62);
    }
}
