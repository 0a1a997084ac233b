package io.engagementhub.domain.testing;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aBounce;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do. Extend it with a {@link #newStore()} that returns an empty
 * store; the in-memory fake and the jOOQ store on H2 and PostgreSQL all run it.
 */
public abstract class EventStoreContract extends StoreContract<EventStore> {

    private static Checkpoint at(String position) {
        return new Checkpoint(position, null);
    }

    private List<EngagementEvent> everything(EventQuery query) {
        return StoredEvents.all(store, query);
    }

    @Test
    void appendStoresNewEventsAndSaysHowManyWereNew() {
        List<EngagementEvent> page =
                List.of(anOpen().build(), aClick().build(), aBounce().build());

        assertThat(store.append(ACCOUNT, "ms/clicks", page, at("p1"))).isEqualTo(3);

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrderElementsOf(page);
    }

    @Test
    void appendIgnoresEventsAlreadyStored() {
        EngagementEvent open = anOpen().build();
        EngagementEvent click = aClick().build();
        store.append(ACCOUNT, "s", List.of(open), at("p1"));

        int added = store.append(ACCOUNT, "s", List.of(open, click), at("p2"));

        assertThat(added).isEqualTo(1);
        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(open, click);
    }

    @Test
    void appendIgnoresAnIdTwiceInOnePage() {
        EngagementEvent open = anOpen().build();

        int added = store.append(ACCOUNT, "s", List.of(open, open), at("p1"));

        assertThat(added).isEqualTo(1);
        assertThat(everything(EventQuery.all())).containsExactly(open);
    }

    @Test
    void appendMovesTheCheckpointAlsoWithoutEvents() {
        store.append(ACCOUNT, "ms/clicks", List.of(anOpen().build()), at("p1"));
        store.append(ACCOUNT, "ms/clicks", List.of(), new Checkpoint("p2", "fp-9"));

        assertThat(store.checkpoints(ACCOUNT)).containsExactly(Map.entry("ms/clicks", new Checkpoint("p2", "fp-9")));
    }

    @Test
    void appendWithoutACheckpointStoresTheEventsAndLeavesEveryCheckpointAlone() {
        EngagementEvent open = anOpen().build();
        store.append(ACCOUNT, "ms/clicks", List.of(), at("p1"));

        int added = store.append(ACCOUNT, "ms/clicks", List.of(open), null);
        store.append(ACCOUNT, "ms/opens", List.of(open), null);

        assertThat(added).isEqualTo(1);
        assertThat(everything(EventQuery.all())).containsExactly(open);
        assertThat(store.checkpoints(ACCOUNT)).containsExactly(Map.entry("ms/clicks", at("p1")));
    }

    @Test
    void checkpointsAreKeptPerAccountAndStream() {
        store.append("a", "s1", List.of(), at("a1"));
        store.append("a", "s2", List.of(), at("a2"));
        store.append("b", "s1", List.of(), at("b1"));

        assertThat(store.checkpoints("a")).containsOnly(Map.entry("s1", at("a1")), Map.entry("s2", at("a2")));
        assertThat(store.checkpoints("b")).containsOnly(Map.entry("s1", at("b1")));
        assertThat(store.checkpoints("nobody")).isEmpty();
    }

    @Test
    void theSameIdInTwoAccountsIsTwoEvents() {
        EngagementEvent ours = anOpen().account("a").build();
        EngagementEvent theirs = ours.toBuilder().account("b").build();

        assertThat(store.append("a", "s", List.of(ours), at("1"))).isEqualTo(1);
        assertThat(store.append("b", "s", List.of(theirs), at("1"))).isEqualTo(1);

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(ours, theirs);
    }

    @Test
    void everyFieldOfAnEventSurvivesTheRoundTrip() {
        EngagementEvent full = EngagementEvent.builder()
                .id(EventId.of("constantcontact", "6fa4d7a5-0f1b", "clicks", "ab12", "2"))
                .account(ACCOUNT)
                .provider(Provider.CONSTANT_CONTACT)
                .type(EngagementType.CLICKED)
                .occurredAt(Instant.parse("2026-10-25T01:30:00.123456Z"))
                .campaignId("6fa4d7a5-0f1b")
                .parentCampaignId("c-77")
                .recipient(new Recipient("contact-1", "Mixed.Case@Example.com", "9", "10"))
                .link(new Link("{webversion}", "url-3", "Web version"))
                .client(new Client("2a03:e280:0:1::1", "Mozilla/5.0 (iPhone)", DeviceType.TABLET, "https://ref"))
                .build();
        EngagementEvent autoReply = anEvent(EngagementType.DELIVERED)
                .bounce(new Bounce("V", BounceCategory.AUTO_REPLY, null))
                .providerEventId(null)
                .product(null)
                .recipient(Recipient.withId("r9"))
                .build();
        EngagementEvent minimal = anEvent(EngagementType.UNSUBSCRIBED)
                .recipient(Recipient.withId("r8"))
                .build();

        store.append(ACCOUNT, "s", List.of(full, autoReply, minimal), at("1"));

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(full, autoReply, minimal);
    }

    /** Text that barely compresses: PostgreSQL indexes a row of at most about 2.7 KB, after compression. */
    private static String noise(int length) {
        return new Random(7)
                .ints(length, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    @Test
    void longTextsAProviderSendsAreStored() {
        String noise = noise(5_000);
        EngagementEvent click = aClick().link(new Link("https://example.com/?t=" + noise, "7", "Read more"))
                .client(new Client("0.0.0.0", "Agent/" + noise, DeviceType.DESKTOP, "https://ref/" + noise))
                .build();
        EngagementEvent bounce = aBounce()
                .bounce(new Bounce("5.1.1", BounceCategory.HARD, noise))
                .build();

        store.append(ACCOUNT, "s", List.of(click, bounce), at("1"));

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(click, bounce);
    }

    @Test
    void concurrentOverlappingAppendsStoreEachEventOnce() throws Exception {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            events.add(anOpen().occurredAt(T0.plusSeconds(i)).build());
        }
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int from = w * 50;
            writers.add(() -> {
                int added = 0;
                for (int start = from; start < events.size(); start += 100) {
                    added += store.append(
                            ACCOUNT, "s", events.subList(start, Math.min(start + 100, events.size())), at("w" + start));
                }
                return added;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int added = 0;
        try {
            for (Future<Integer> result : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                added += result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(added).isEqualTo(events.size());
        assertThat(everything(EventQuery.all().withLimit(1000))).hasSize(events.size());
    }

    @Test
    void findOrdersByTimeThenIdAndPagesWithAKeysetCursor() {
        List<EngagementEvent> events = new ArrayList<>();
        for (String id : List.of("x:10", "x:9", "x:B", "x:a", "x:A-1", "x:a_2", "y:1")) {
            events.add(anOpen().id(new EventId(id)).occurredAt(T0).build());
            events.add(
                    anOpen().id(new EventId(id)).account("zeta").occurredAt(T0).build());
        }
        events.add(anOpen().occurredAt(T0.minusSeconds(1)).build());
        events.add(anOpen().occurredAt(T0.plusMillis(1)).build());
        store.append(
                ACCOUNT,
                "s",
                events.stream().filter(e -> e.account().equals(ACCOUNT)).toList(),
                at("1"));
        store.append(
                "zeta",
                "s",
                events.stream().filter(e -> e.account().equals("zeta")).toList(),
                at("1"));

        List<EngagementEvent> paged = everything(EventQuery.all().withLimit(3));

        assertThat(paged)
                .containsExactlyElementsOf(
                        events.stream().sorted(InMemoryEventStore.QUERY_ORDER).toList());
    }

    @Test
    void pagesOfSeveralTypesInterleaveThemInTimeOrder() {
        EngagementType[] types = {
            EngagementType.SENT, EngagementType.OPENED, EngagementType.CLICKED, EngagementType.BOUNCED
        };
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            events.add(anEvent(types[(i * 3) % types.length])
                    .id(new EventId("x:" + i))
                    .occurredAt(T0.plusSeconds(i / 2))
                    .build());
        }
        for (int i = 0; i < 3; i++) {
            events.add(aBounce()
                    .id(new EventId("y:" + i))
                    .campaignId("2002")
                    .occurredAt(T0.plusSeconds(i * 2L))
                    .build());
        }
        store.append(ACCOUNT, "s", events, at("1"));
        List<EngagementEvent> inOrder =
                events.stream().sorted(InMemoryEventStore.QUERY_ORDER).toList();
        EventQuery ours = EventQuery.all().withAccount(ACCOUNT).withLimit(2);

        assertThat(everything(ours)).containsExactlyElementsOf(inOrder);
        assertThat(everything(ours.withTypes(Set.of(EngagementType.BOUNCED, EngagementType.SENT))))
                .containsExactlyElementsOf(inOrder.stream()
                        .filter(e -> e.type() == EngagementType.BOUNCED || e.type() == EngagementType.SENT)
                        .toList());
        assertThat(everything(
                        ours.withTypes(Set.of(EngagementType.CLICKED)).between(T0.plusSeconds(2), T0.plusSeconds(5))))
                .containsExactlyElementsOf(inOrder.stream()
                        .filter(e -> e.type() == EngagementType.CLICKED)
                        .filter(e -> !e.occurredAt().isBefore(T0.plusSeconds(2)))
                        .filter(e -> e.occurredAt().isBefore(T0.plusSeconds(5)))
                        .toList());
        for (String campaign : List.of(CAMPAIGN, "2002")) {
            assertThat(everything(ours.withCampaign(campaign).withTypes(Set.of(EngagementType.BOUNCED))))
                    .as("bounces of campaign %s", campaign)
                    .containsExactlyElementsOf(inOrder.stream()
                            .filter(e -> e.type() == EngagementType.BOUNCED)
                            .filter(e -> e.campaignId().equals(campaign))
                            .toList());
        }
    }

    @Test
    void theLastPageHasNoCursor() {
        store.append(ACCOUNT, "s", List.of(anOpen().build(), anOpen().build()), at("1"));

        assertThat(store.find(EventQuery.all().withLimit(2)).next()).isNull();
        assertThat(store.find(EventQuery.all().withLimit(1)).next()).isNotNull();
    }

    @Test
    void findFiltersByEveryCriterion() {
        EngagementEvent open = anOpen().build();
        EngagementEvent click =
                aClick().campaignId("2002").occurredAt(T0.plusSeconds(60)).build();
        EngagementEvent otherRecipient = anOpen().recipient(new Recipient("r2", "TWO@example.com", null, null))
                .occurredAt(T0.plusSeconds(120))
                .build();
        EngagementEvent otherAccount = anOpen().account("other").build();
        store.append(ACCOUNT, "s", List.of(open, click, otherRecipient), at("1"));
        store.append("other", "s", List.of(otherAccount), at("1"));
        EventQuery ours = EventQuery.all().withAccount(ACCOUNT);

        assertThat(everything(ours)).containsExactly(open, click, otherRecipient);
        assertThat(everything(ours.withTypes(Set.of(EngagementType.CLICKED)))).containsExactly(click);
        assertThat(everything(ours.withTypes(Set.of(EngagementType.CLICKED, EngagementType.OPENED))))
                .containsExactly(open, click, otherRecipient);
        assertThat(everything(ours.withCampaign("2002"))).containsExactly(click);
        assertThat(everything(ours.withRecipient("r2"))).containsExactly(otherRecipient);
        assertThat(everything(ours.withEmail("two@EXAMPLE.com"))).containsExactly(otherRecipient);
        assertThat(everything(ours.between(T0.plusSeconds(60), T0.plusSeconds(120))))
                .containsExactly(click);
        assertThat(everything(EventQuery.all().withAccount("other"))).containsExactly(otherAccount);
        assertThat(everything(ours.withCampaign("nope"))).isEmpty();
    }

    @Test
    void statisticsCountEventsAndDistinctRecipientsPerTypeLinkAndDevice() {
        Recipient r1 = Recipient.withId("r1");
        Recipient r2 = Recipient.withId("r2");
        Link a = new Link("https://example.com/a", "1", null);
        Link b = new Link("{webversion}", null, null);
        Client mobile = new Client(null, null, DeviceType.MOBILE, null);
        List<EngagementEvent> events = List.of(
                anEvent(EngagementType.SENT).recipient(r1).build(),
                anEvent(EngagementType.SENT).recipient(r2).build(),
                anOpen().recipient(r1).client(mobile).build(),
                anOpen().recipient(r1).client(mobile).build(),
                anOpen().recipient(r2).client(null).build(),
                aClick().recipient(r1).link(a).client(mobile).build(),
                aClick().recipient(r1).link(a).client(null).build(),
                aClick().recipient(r2).link(a).client(null).build(),
                aClick().recipient(r2).link(b).client(null).build(),
                aBounce().recipient(r2).build(),
                anEvent(EngagementType.UNSUBSCRIBED).recipient(r2).build(),
                aClick().campaignId("other").build());
        store.append(ACCOUNT, "s", events, at("1"));

        CampaignStatistics stats = store.statistics(ACCOUNT, CAMPAIGN);

        assertThat(stats.of(EngagementType.SENT)).isEqualTo(new Count(2, 2));
        assertThat(stats.of(EngagementType.OPENED)).isEqualTo(new Count(3, 2));
        assertThat(stats.of(EngagementType.CLICKED)).isEqualTo(new Count(4, 2));
        assertThat(stats.of(EngagementType.BOUNCED)).isEqualTo(new Count(1, 1));
        assertThat(stats.of(EngagementType.UNSUBSCRIBED)).isEqualTo(new Count(1, 1));
        assertThat(stats.of(EngagementType.COMPLAINED)).isEqualTo(Count.ZERO);
        assertThat(stats.links())
                .extracting(l -> l.url() + "|" + l.id() + "|" + l.clicks())
                .containsExactly("https://example.com/a|1|" + new Count(3, 2), "{webversion}|null|" + new Count(1, 1));
        assertThat(stats.devices()).containsOnly(Map.entry(DeviceType.MOBILE, 3L), Map.entry(DeviceType.UNKNOWN, 4L));
        assertThat(stats).isEqualTo(new InMemoryEventStoreView(events).statistics(ACCOUNT, CAMPAIGN));
    }

    @Test
    void statisticsOfACampaignWithoutEventsAreZero() {
        CampaignStatistics stats = store.statistics(ACCOUNT, "never-sent");

        assertThat(stats.isEmpty()).isTrue();
        assertThat(stats.links()).isEmpty();
        assertThat(stats.devices()).isEmpty();
    }

    @Test
    void eraseDeletesOneRecipientsEventsInOneAccountOnly() {
        Recipient gone = new Recipient("r7", "Gone@Example.com", null, null);
        EngagementEvent mine1 = anOpen().recipient(gone).build();
        EngagementEvent mine2 = aClick().recipient(gone).build();
        EngagementEvent kept = anOpen().build();
        EngagementEvent sameAddressElsewhere =
                anOpen().account("other").recipient(gone).build();
        store.append(ACCOUNT, "s", List.of(mine1, mine2, kept), at("1"));
        store.append("other", "s", List.of(sameAddressElsewhere), at("1"));

        assertThat(store.erase(ACCOUNT, RecipientSelector.byEmail("gone@example.COM")))
                .isEqualTo(2);

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(kept, sameAddressElsewhere);
        assertThat(store.erase(ACCOUNT, RecipientSelector.byEmail("gone@example.com")))
                .isZero();
    }

    @Test
    void eraseByRecipientId() {
        EngagementEvent mine = anOpen().recipient(Recipient.withId("contact-5")).build();
        EngagementEvent kept = anOpen().build();
        store.append(ACCOUNT, "s", List.of(mine, kept), at("1"));

        assertThat(store.erase(ACCOUNT, RecipientSelector.byRecipientId("contact-5")))
                .isEqualTo(1);

        assertThat(everything(EventQuery.all())).containsExactly(kept);
    }

    @Test
    void timesKeepTheirMicroseconds() {
        EngagementEvent event =
                anOpen().occurredAt(T0.plus(Duration.ofNanos(123_456_000))).build();
        store.append(ACCOUNT, "s", List.of(event), at("1"));

        assertThat(everything(EventQuery.all()).get(0).occurredAt()).isEqualTo(event.occurredAt());
    }

    /** The reference statistics of a list of events. */
    private static final class InMemoryEventStoreView {
        private final InMemoryEventStore reference = new InMemoryEventStore();

        InMemoryEventStoreView(List<EngagementEvent> events) {
            events.forEach(e -> reference.append(e.account(), "s", List.of(e), at("1")));
        }

        CampaignStatistics statistics(String account, String campaign) {
            return reference.statistics(account, campaign);
        }
    }
}
