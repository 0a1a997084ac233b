package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.SourcePage;
import io.engagementhub.domain.model.Stream;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
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
}
