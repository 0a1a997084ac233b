package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConstantContactResumeTest {

    private static final ConstantContactDataSet TWO_PAGES_OF_SENDS = ConstantContactDataSet.small()
            .withCampaigns(1)
            .withResendEvery(0)
            .withRows(ConstantContactSimReport.SENDS, 600);

    @Test
    void aReadResumedInAFreshSourceThatNeverDiscoveredStoresTheSameParentCampaign() {
        try (SimulatedAccount account = new SimulatedAccount(TWO_PAGES_OF_SENDS);
                ConstantContactEngagementSource first = account.newSource();
                ConstantContactEngagementSource fresh = account.newSource()) {
            String campaign = account.sim.campaigns().get(0).id();
            Stream sends = first.discover().streams().stream()
                    .filter(s -> s.key().endsWith("/sends"))
                    .findFirst()
                    .orElseThrow();

            SourcePage page = first.read(sends, Checkpoint.START);
            assertThat(page.hasMore()).isTrue();
            assertThat(page.events())
                    .isNotEmpty()
                    .extracting(EngagementEvent::parentCampaignId)
                    .containsOnly(campaign);

            SourcePage resumed = fresh.read(sends, new Checkpoint(page.nextPosition(), null));
            assertThat(resumed.events())
                    .isNotEmpty()
                    .extracting(EngagementEvent::parentCampaignId)
                    .containsOnly(campaign);
        }
    }

    @Test
    void aScanCutOffByACrashRestartsAtTheNewestPageAndStoresEveryEventOnceThoughOffsetCursorsShifted() {
        try (SimulatedAccount account = new SimulatedAccount(
                ConstantContactDataSet.small().withCampaigns(1).withResendEvery(0))) {
            account.sim.offsetCursors(true);
            account.sync();
            String activity = account.sim.campaigns().get(0).activities().get(0).id();
            account.clock.advance(Duration.ofHours(1));
            // 700 clicks in one minute: two pages, many of them identical
            account.sim.append(activity, ConstantContactSimReport.CLICKS, 700);

            // a sync stores page 1 of the clicks and the process dies before page 2
            try (ConstantContactEngagementSource crashing = account.newSource()) {
                Stream clicks = crashing.discover().streams().stream()
                        .filter(s -> s.key().endsWith("/clicks"))
                        .findFirst()
                        .orElseThrow();
                Checkpoint from =
                        account.events.checkpoints(SimulatedAccount.ACCOUNT).get(clicks.key());
                SourcePage page = crashing.read(clicks, from);
                assertThat(page.hasMore()).isTrue();
                account.events.append(
                        SimulatedAccount.ACCOUNT,
                        clicks.key(),
                        page.events(),
                        new Checkpoint(page.nextPosition(), null));
            }
            // clicks arrive before the restart, shifting every offset cursor by three rows
            account.sim.append(activity, ConstantContactSimReport.CLICKS, 3);
            account.restart();

            SyncRun resumed = account.sync();

            assertThat(resumed.status()).as(resumed.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        }
    }
}
