package io.engagementhub.domain.testing;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignCursor;
import io.engagementhub.domain.model.CampaignPage;
import io.engagementhub.domain.model.CampaignQuery;
import io.engagementhub.domain.model.CampaignSummary;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.port.out.CampaignStore;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CampaignStore} does, beside the event store of the same storage. */
public abstract class CampaignStoreContract {

    /** An event store and a campaign store on the same, empty storage. */
    public record Stores(EventStore events, CampaignStore campaigns) {}

    private EventStore events;
    private CampaignStore campaigns;

    protected abstract Stores newStores();

    @BeforeEach
    void createStores() {
        Stores stores = newStores();
        events = stores.events();
        campaigns = stores.campaigns();
    }

    private static Campaign sentAtHour(String id, int hour) {
        return new Campaign(ACCOUNT, id, "Name " + id, "Subject " + id, T0.plus(Duration.ofHours(hour)), 100L + hour);
    }

    private void store(EngagementEvent... stored) {
        events.append(ACCOUNT, "s", List.of(stored), new Checkpoint("p", null));
    }

    private List<String> allIds(int pageSize) {
        List<String> ids = new ArrayList<>();
        CampaignQuery query = CampaignQuery.of(ACCOUNT).withLimit(pageSize);
        for (int pages = 0; pages < 100; pages++) {
            CampaignPage page = campaigns.list(query);
            page.items().forEach(item -> ids.add(item.campaign().campaignId()));
            if (page.next() == null) {
                return ids;
            }
            query = query.after(page.next());
        }
        throw new AssertionError("listing did not end");
    }

    @Test
    void savedDetailsAreFoundByIdAndEveryFieldSurvives() {
        Campaign full = sentAtHour("c1", 1);
        Campaign sparse = new Campaign(ACCOUNT, "c2", null, "Only a subject", null, null);

        int changed = campaigns.save(ACCOUNT, List.of(full, sparse));

        assertThat(changed).isEqualTo(2);
        assertThat(campaigns.find(ACCOUNT, Set.of("c1", "c2", "c3")))
                .containsOnlyKeys("c1", "c2")
                .containsEntry("c1", full)
                .containsEntry("c2", sparse);
        assertThat(campaigns.find("other", Set.of("c1"))).isEmpty();
        assertThat(campaigns.find(ACCOUNT, Set.of())).isEmpty();
    }

    @Test
    void savingAgainReplacesTheDetailsAndCountsOnlyChanges() {
        campaigns.save(ACCOUNT, List.of(sentAtHour("c1", 1), sentAtHour("c2", 2)));
        Campaign renamed = new Campaign(ACCOUNT, "c1", "Renamed", null, T0, null);

        int changed = campaigns.save(ACCOUNT, List.of(renamed, sentAtHour("c2", 2)));

        assertThat(changed).isEqualTo(1);
        assertThat(campaigns.find(ACCOUNT, Set.of("c1"))).containsEntry("c1", renamed);
    }

    @Test
    void listingGoesNewestSentFirstThenUndatedByIdAndIncludesCampaignsWithEventsOnly() {
        campaigns.save(ACCOUNT, List.of(sentAtHour("old", 1), sentAtHour("new", 5), sentAtHour("mid", 3)));
        campaigns.save(ACCOUNT, List.of(new Campaign(ACCOUNT, "undated", "No date", null, null, null)));
        store(
                anOpen().campaignId("events-only").build(),
                anOpen().campaignId("mid").build());
        campaigns.save("other", List.of(new Campaign("other", "foreign", "x", null, T0, null)));

        assertThat(allIds(50)).containsExactly("new", "mid", "old", "events-only", "undated");
    }

    @Test
    void keysetPagesMeetEveryCampaignOnceWhateverThePageSize() {
        List<Campaign> saved = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            saved.add(sentAtHour("c" + i, i % 3));
        }
        campaigns.save(ACCOUNT, saved);
        store(anOpen().campaignId("e1").build(), anOpen().campaignId("e2").build());
        List<String> expected = allIds(50);

        assertThat(expected).hasSize(9).doesNotHaveDuplicates();
        assertThat(allIds(1)).isEqualTo(expected);
        assertThat(allIds(2)).isEqualTo(expected);
        assertThat(allIds(4)).isEqualTo(expected);
    }

    @Test
    void aPageStartsRightAfterItsCursor() {
        campaigns.save(ACCOUNT, List.of(sentAtHour("a", 3), sentAtHour("b", 2), sentAtHour("c", 1)));

        CampaignPage page =
                campaigns.list(CampaignQuery.of(ACCOUNT).after(new CampaignCursor(T0.plusSeconds(7200), "b")));

        assertThat(page.items())
                .extracting(item -> item.campaign().campaignId())
                .containsExactly("c");
        assertThat(page.next()).isNull();
    }

    @Test
    void eachCampaignCarriesItsHeadlineFiguresFromTheStoredEvents() {
        campaigns.save(ACCOUNT, List.of(sentAtHour("c1", 1)));
        Recipient other = new Recipient("r2", "two@example.com", null, null);
        store(
                anEvent(EngagementType.SENT).campaignId("c1").build(),
                anEvent(EngagementType.SENT).campaignId("c1").recipient(other).build(),
                anEvent(EngagementType.DELIVERED).campaignId("c1").build(),
                anOpen().campaignId("c1").build(),
                anOpen().campaignId("c1").build(),
                anOpen().campaignId("c1")
                        .recipient(other)
                        .machine(MachineVerdict.of(MachineReason.APPLE_PRIVACY_PROXY))
                        .build(),
                aClick().campaignId("c1")
                        .machine(MachineVerdict.of(MachineReason.SECURITY_SCANNER))
                        .build(),
                aClick().campaignId("c1")
                        .machine(MachineVerdict.of(MachineReason.SECURITY_SCANNER))
                        .build(),
                anEvent(EngagementType.BOUNCED)
                        .campaignId("c1")
                        .recipient(other)
                        .build(),
                anEvent(EngagementType.UNSUBSCRIBED).campaignId("c1").build(),
                anOpen().campaignId("c2").build());

        List<CampaignSummary> items = campaigns.list(CampaignQuery.of(ACCOUNT)).items();

        Count one = new Count(1, 1);
        assertThat(items.get(0))
                .isEqualTo(new CampaignSummary(sentAtHour("c1", 1), new Count(2, 2), 1, 2, 1, 1, 0, one, one));
        assertThat(items.get(1))
                .isEqualTo(new CampaignSummary(
                        Campaign.unnamed(ACCOUNT, "c2"), Count.ZERO, 0, 1, 0, 1, 0, Count.ZERO, Count.ZERO));
    }
}
