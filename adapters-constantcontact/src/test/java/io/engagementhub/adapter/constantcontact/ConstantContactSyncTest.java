package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimActivity;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConstantContactSyncTest {

    @AutoClose
    private final SimulatedAccount account =
            new SimulatedAccount(ConstantContactDataSet.small().withCampaigns(12));

    @Test
    void fullSyncStoresExactlyTheSimulatorsEventsIncludingIdenticalSameMinuteClicks() {
        SyncRun run = account.sync();

        assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        assertThat(account.expected())
                .hasSizeGreaterThan(
                        account.expected().stream().distinct().toList().size());
    }

    @Test
    void noChangeResyncStoresNothingAndCostsOneSummaryAndOneStatsRequestPerTenActivities() {
        account.sync();
        account.sim.server().resetCounts();

        SyncRun run = account.sync();

        int activities = account.sentActivities().size();
        assertThat(run.figures().eventsStored()).isZero();
        assertThat(account.trackingRequests()).isZero();
        assertThat(account.apiRequests()).isEqualTo(1 + (activities + 9) / 10);
        assertThat(run.figures().streamsUnchanged()).isEqualTo(activities * 6L);
    }

    @Test
    void noChangeResyncAfterARestartCostsTheSameAsWithoutBecauseTheCampaignsAreKept() {
        account.sync();
        account.restart();
        account.sim.server().resetCounts();

        SyncRun run = account.sync();

        int activities = account.sentActivities().size();
        assertThat(run.figures().eventsStored()).isZero();
        assertThat(account.apiRequests())
                .as("no campaign opened again: one summaries and one stats request per ten activities")
                .isEqualTo(1 + (activities + 9) / 10);
        assertThat(account.state.size()).isEqualTo(1);
    }

    @Test
    void aStoredCampaignListThatCannotBeReadCostsRequestsNotEvents() {
        account.sync();
        account.state.save(SimulatedAccount.ACCOUNT, ConstantContactKnownCampaigns.STATE_KEY, "v0 garbage");
        account.restart();
        account.sim.server().resetCounts();

        SyncRun run = account.sync();

        assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(account.sim.server().requestsPerPath().keySet()).anyMatch(path -> path.matches("/v3/emails/[^/]+"));
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
    }

    @Test
    void newEventsArriveInTheNextSyncScanningOnlyTheChangedActivitiesDownToTheWatermark() {
        account.sync();
        List<ConstantContactSimActivity> activities = account.sentActivities();
        account.clock.advance(Duration.ofDays(1));
        List<ConstantContactSimEvent> added = new ArrayList<>();
        added.addAll(account.sim.append(activities.get(0).id(), ConstantContactSimReport.CLICKS, 7));
        added.addAll(account.sim.append(activities.get(3).id(), ConstantContactSimReport.OPENS, 4));
        account.sim.server().resetCounts();

        SyncRun run = account.sync();

        assertThat(run.figures().eventsStored()).isEqualTo(added.size());
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        assertThat(account.trackingRequests()).isEqualTo(2);
    }

    @Test
    void reReadingTheBoundaryMinuteNeverAddsAThirdIdenticalClick() {
        account.sync();
        String activity = account.sentActivities().get(1).id();
        account.clock.advance(Duration.ofDays(1));
        ConstantContactSimEvent click =
                account.sim.append(activity, ConstantContactSimReport.CLICKS, 1).get(0);
        account.sim.append(List.of(click));
        assertThat(account.sync().figures().eventsStored()).isEqualTo(2);

        account.sim.append(List.of(click));
        assertThat(account.sync().figures().eventsStored()).isEqualTo(1);
        assertThat(account.sync().figures().eventsStored()).isZero();
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
    }
}
