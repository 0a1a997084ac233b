package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Campaign details from the emailing lists, and targeted re-reads, against the simulator. */
class CopernicaCampaignsTest {

    private static final Instant FROM = CopernicaDataSet.DEFAULT_FROM.plus(Duration.ofDays(3));
    private static final Instant TO = FROM.plus(Duration.ofDays(2));

    private static SimulatedAccount account() {
        return SimulatedAccount.start(CopernicaDataSet.of(3_000, 11), 200);
    }

    private static Set<String> idsOf(SimulatedAccount account, Predicate<SimulatedEvent> which) {
        return account.sim.events().stream()
                .filter(which)
                .map(e -> ExpectedEvents.of(e, account.sim.zone()).id().value())
                .collect(Collectors.toSet());
    }

    private static Set<String> storedIds(SimulatedAccount account) {
        return ExpectedEvents.ids(account.store.all());
    }

    private static boolean inRange(SimulatedAccount account, SimulatedEvent e) {
        Instant at = e.timestamp().atZone(account.sim.zone()).toInstant();
        return !at.isBefore(FROM) && at.isBefore(TO);
    }

    private SyncRun sync(SimulatedAccount account, SyncAccountCommand command) {
        return account.sync.sync(command, StopSignal.NEVER);
    }

    @Test
    void aSyncStoresBothProductsEmailingDetails() {
        try (SimulatedAccount account = account()) {
            SyncRun run = account.syncOnce();

            assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
            Map<String, Campaign> found =
                    account.campaigns.find(SimulatedAccount.ACCOUNT, Set.of("1000", "1004", "5001"));
            LocalDateTime firstSent = LocalDateTime.ofInstant(CopernicaDataSet.DEFAULT_FROM, account.sim.zone());
            assertThat(found.get("1000"))
                    .isEqualTo(new Campaign(
                            SimulatedAccount.ACCOUNT,
                            "1000",
                            null,
                            "Newsletter 1",
                            firstSent.atZone(account.sim.zone()).toInstant(),
                            25L));
            assertThat(found.get("1004").recipients()).isEqualTo(29L);
            assertThat(found.get("5001"))
                    .isEqualTo(new Campaign(
                            SimulatedAccount.ACCOUNT,
                            "5001",
                            "Weekly digest 2",
                            "Newsletter 2",
                            firstSent.plusHours(1).atZone(account.sim.zone()).toInstant(),
                            26L));
            assertThat(account.sim.server().requests("/v2/ms/emailings")).isEqualTo(1);
            assertThat(account.sim.server().requests("/v2/publisher/emailings")).isEqualTo(1);
        }
    }

    @Test
    void aRangeReReadStoresExactlyTheRangesEventsOnceAndMovesNoCheckpoint() {
        try (SimulatedAccount account = account()) {
            SyncRun ranged = sync(account, new SyncAccountCommand(SimulatedAccount.ACCOUNT, FROM, TO, null));

            Set<String> expected = idsOf(account, e -> inRange(account, e));
            assertThat(ranged.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(expected).hasSizeBetween(300, 700);
            assertThat(storedIds(account)).isEqualTo(expected);
            assertThat(account.store.checkpoints(SimulatedAccount.ACCOUNT)).isEmpty();

            account.syncOnce();
            Map<String, Checkpoint> regular = account.store.checkpoints(SimulatedAccount.ACCOUNT);
            int all = account.store.size();
            SyncRun again = sync(account, new SyncAccountCommand(SimulatedAccount.ACCOUNT, FROM, TO, null));

            assertThat(all).isEqualTo(account.sim.events().size());
            assertThat(again.figures().eventsStored()).isZero();
            assertThat(again.figures().eventsRead()).isGreaterThanOrEqualTo(expected.size());
            assertThat(account.store.size()).isEqualTo(all);
            assertThat(account.store.checkpoints(SimulatedAccount.ACCOUNT)).isEqualTo(regular);
        }
    }

    @Test
    void aCampaignReReadReadsOnlyThatEmailingsLists() {
        try (SimulatedAccount account = account()) {
            account.sim.server().resetCounts();

            SyncRun run = sync(account, new SyncAccountCommand(SimulatedAccount.ACCOUNT, null, null, "1002"));

            assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(storedIds(account)).isNotEmpty().isEqualTo(idsOf(account, e -> e.emailing()
                    .equals("1002")));
            assertThat(account.sim.server().requestsPerPath().keySet())
                    .allMatch(path -> path.contains("/emailing/1002/") || path.endsWith("/emailings"));
        }
    }

    @Test
    void aCampaignAndRangeReReadStoresTheirIntersection() {
        try (SimulatedAccount account = account()) {
            sync(account, new SyncAccountCommand(SimulatedAccount.ACCOUNT, FROM, TO, "5003"));

            assertThat(storedIds(account))
                    .isNotEmpty()
                    .isEqualTo(idsOf(account, e -> e.emailing().equals("5003") && inRange(account, e)));
        }
    }

    @Test
    void aCampaignThatIsNoCopernicaIdIsRefusedNamingTheField() {
        try (SimulatedAccount account = account()) {
            assertThatThrownBy(() -> account.sync.begin(
                            new SyncAccountCommand(SimulatedAccount.ACCOUNT, null, null, "98ed-4d1c")))
                    .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                            .isEqualTo("campaign"))
                    .hasMessageContaining("digits");
            assertThat(account.sim.server().totalRequests()).isZero();
        }
    }
}
