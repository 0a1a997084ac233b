package io.engagementhub.adapter.persistence;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.CampaignFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Campaign statistics computed by the database agree with the slow, obvious computation on a
 * few thousand varied events. Subclasses give the database.
 */
abstract class StatisticsBehaviour {

    private static TestDatabase database;
    private static EventStore store;

    static void open(TestDatabase opened) {
        database = opened;
        store = database.stores(PersistenceSettings.unencrypted()).events();
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    private static EngagementEvent randomEvent(Random random, int n) {
        EngagementType type = EngagementType.values()[random.nextInt(EngagementType.values().length)];
        String url = random.nextInt(6) == 0 ? "{webversion}" : "https://example.com/" + random.nextInt(4);
        Client client = random.nextInt(4) == 0
                ? null
                : new Client(null, null, DeviceType.values()[random.nextInt(DeviceType.values().length)], null);
        EngagementEvent base = anEvent(type).build();
        return base.toBuilder()
                .occurredAt(T0.plusSeconds(n))
                .campaignId(random.nextInt(5) == 0 ? "2002" : "1001")
                .recipient(new Recipient("r" + random.nextInt(150), null, null, null))
                .link(type == EngagementType.CLICKED ? new Link(url, random.nextBoolean() ? null : "L1", null) : null)
                .client(type == EngagementType.OPENED || type == EngagementType.CLICKED ? client : base.client())
                .build();
    }

    @Test
    void statisticsAgreeWithTheObviousComputation() {
        database.clean();
        Random random = new Random(7);
        List<EngagementEvent> events = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            events.add(randomEvent(random, n));
        }
        store.append(ACCOUNT, "s", events, Checkpoint.START);
        List<EngagementEvent> campaign =
                events.stream().filter(e -> e.campaignId().equals("1001")).toList();

        CampaignStatistics stats = store.statistics(ACCOUNT, "1001");

        for (EngagementType type : EngagementType.values()) {
            assertThat(stats.of(type))
                    .as(type.name())
                    .isEqualTo(CampaignFigures.count(
                            campaign.stream().filter(e -> e.type() == type).toList()));
        }
        assertThat(stats.links()).isEqualTo(CampaignFigures.links(campaign));
        assertThat(stats.devices()).isEqualTo(CampaignFigures.devices(campaign));
        assertThat(stats.links()).hasSizeGreaterThan(5);
    }
}
