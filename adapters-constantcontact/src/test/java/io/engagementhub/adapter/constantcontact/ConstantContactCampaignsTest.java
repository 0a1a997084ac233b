package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.InvalidSyncTargetException;
import io.engagementhub.domain.port.in.SyncAccountCommand;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimActivity;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimCampaign;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Campaign details and targeted re-reads of Constant Contact, against the simulator. */
class ConstantContactCampaignsTest {

    @AutoClose
    private final SimulatedAccount account =
            new SimulatedAccount(ConstantContactDataSet.small().withCampaigns(12));

    private List<String> expected(Predicate<ConstantContactSimEvent> which) {
        return account.sim.events().stream()
                .filter(which)
                .map(SimulatedAccount::line)
                .sorted()
                .toList();
    }

    /** A minute about {@code share} of the way through the simulated events. */
    private Instant minuteAt(double share) {
        List<Instant> times = account.sim.events().stream()
                .map(ConstantContactSimEvent::createdTime)
                .sorted()
                .toList();
        return times.get((int) (times.size() * share));
    }

    private static boolean within(ConstantContactSimEvent e, Instant from, Instant to) {
        return !e.createdTime().isBefore(from) && e.createdTime().isBefore(to);
    }

    @Test
    void aSyncStoresEachSentActivitysNameSubjectSendDateAndSends() {
        SyncRun run = account.sync();

        assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED);
        for (ConstantContactSimCampaign campaign : account.sim.campaigns()) {
            for (ConstantContactSimActivity activity : campaign.activities()) {
                if (!account.sentActivities().contains(activity)) {
                    continue;
                }
                long sends = account.sim.events().stream()
                        .filter(e ->
                                e.activityId().equals(activity.id()) && e.report() == ConstantContactSimReport.SENDS)
                        .count();
                String subject =
                        activity.role().equals("resend") ? "Did you miss it? " + campaign.name() : campaign.name();
                assertThat(account.campaigns.find(SimulatedAccount.ACCOUNT, Set.of(activity.id())))
                        .as(activity.id())
                        .containsEntry(
                                activity.id(),
                                new Campaign(
                                        SimulatedAccount.ACCOUNT,
                                        activity.id(),
                                        campaign.name(),
                                        subject,
                                        campaign.lastSentDate().orElseThrow(),
                                        sends));
            }
        }
        assertThat(account.sim.server().requestsPerPath().keySet().stream()
                        .filter(path -> path.startsWith("/v3/emails/activities/"))
                        .count())
                .isEqualTo(account.sentActivities().size());
    }

    @Test
    void aNoChangeResyncAsksForNoActivityAgain() {
        account.sync();
        account.sim.server().resetCounts();

        account.sync();

        assertThat(account.sim.server().requestsPerPath().keySet()).noneMatch(path -> path.startsWith("/v3/emails/"));
    }

    @Test
    void aRangeReReadStoresExactlyTheRangesEventsOnceAndMovesNoCheckpoint() {
        Instant from = minuteAt(0.3);
        Instant to = minuteAt(0.6);

        SyncRun ranged = account.sync(new SyncAccountCommand(SimulatedAccount.ACCOUNT, from, to, null));

        assertThat(ranged.status()).as(ranged.toString()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(account.stored()).isNotEmpty().containsExactlyElementsOf(expected(e -> within(e, from, to)));
        assertThat(account.events.checkpoints(SimulatedAccount.ACCOUNT)).isEmpty();

        account.sync();
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        Map<String, Checkpoint> regular = account.events.checkpoints(SimulatedAccount.ACCOUNT);
        SyncRun again = account.sync(new SyncAccountCommand(SimulatedAccount.ACCOUNT, from, to, null));

        assertThat(again.figures().eventsStored()).isZero();
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        assertThat(account.events.checkpoints(SimulatedAccount.ACCOUNT)).isEqualTo(regular);
    }

    @Test
    void aCampaignReReadReadsOnlyThatActivitysReports() {
        String activity = account.sentActivities().get(2).id();
        account.sim.server().resetCounts();

        account.sync(new SyncAccountCommand(SimulatedAccount.ACCOUNT, null, null, activity));

        assertThat(account.stored()).isNotEmpty().containsExactlyElementsOf(expected(e -> e.activityId()
                .equals(activity)));
        assertThat(account.sim.server().requestsPerPath().keySet())
                .filteredOn(path -> path.contains("/tracking/"))
                .allMatch(path -> path.contains(activity));
    }

    @Test
    void aCampaignIdThatIsNoActivityIdIsRefusedNamingTheField() {
        assertThatThrownBy(() -> account.sync(new SyncAccountCommand(SimulatedAccount.ACCOUNT, null, null, "1002")))
                .isInstanceOfSatisfying(InvalidSyncTargetException.class, e -> assertThat(e.part())
                        .isEqualTo("campaign"))
                .hasMessageContaining("campaign_activity_id");
    }
}
