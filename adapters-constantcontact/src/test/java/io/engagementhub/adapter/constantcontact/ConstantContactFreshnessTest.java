package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantContactFreshnessTest {

    @Test
    void eventsOfTheMinuteASyncRanInAreReadAgainByTheNextSyncSoNoneIsLostAndNoneStoredTwice() {
        try (SimulatedAccount account = new SimulatedAccount(
                ConstantContactDataSet.small().withCampaigns(1).withResendEvery(0))) {
            account.sync();
            String activity = account.sim.campaigns().get(0).activities().get(0).id();

            // 20 s into a minute: three clicks of this minute, stored by a sync in the same minute
            account.clock.advance(Duration.ofDays(1).plusSeconds(20));
            List<ConstantContactSimEvent> early = account.sim.append(activity, ConstantContactSimReport.CLICKS, 3);
            SyncRun first = account.sync();
            assertThat(first.figures().eventsStored()).isEqualTo(3);

            // later in that minute (created_time has no seconds): two more, and one identical to an early one
            account.clock.advance(Duration.ofSeconds(30));
            account.sim.append(activity, ConstantContactSimReport.CLICKS, 2);
            account.sim.append(List.of(early.get(0)));
            account.sim.server().resetCounts();
            SyncRun second = account.sync();
            assertThat(second.status()).as(second.toString()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(second.figures().eventsStored()).isEqualTo(3);
            assertThat(account.trackingRequests())
                    .as("one page: the minute again")
                    .isEqualTo(1);

            // the next minute
            account.clock.advance(Duration.ofSeconds(15));
            account.sim.append(activity, ConstantContactSimReport.OPENS, 2);
            assertThat(account.sync().figures().eventsStored()).isEqualTo(2);
            assertThat(account.sync().figures().eventsStored()).isZero();
            assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        }
    }
}
