package io.engagementhub.adapter.persistence;

import static io.engagementhub.adapter.persistence.jooq.Tables.EVENT_RECIPIENT;
import static io.engagementhub.adapter.persistence.jooq.Tables.STORED_EVENT;
import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.port.out.EventStoreException;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.StoredEvents;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the jOOQ event store does beyond the domain contract, on a real database: concurrent
 * overlapping appends (events stored once, statistics exact), atomicity of events and checkpoint,
 * keyset paging, erasure at volume. Subclasses give the database.
 */
abstract class EventStoreBehaviour {

    @AutoClose
    private static TestDatabase database;

    private static EventStore store;

    static void open(TestDatabase opened) {
        database = opened;
        store = database.stores(PersistenceSettings.unencrypted()).sync().events();
    }

    /** A new store after the rows went: a store caches dimension keys it has seen committed. */
    @BeforeEach
    void clean() {
        database.clean();
        store = database.stores(PersistenceSettings.unencrypted()).sync().events();
    }

    private static List<EngagementEvent> opens(int count) {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(anOpen().occurredAt(T0.plusSeconds(i)).build());
        }
        return events;
    }

    private static List<EngagementEvent> everything(EventQuery query) {
        return StoredEvents.all(store, query);
    }

    @Test
    void twoWritersOfDifferentStreamsAppendingOverlappingPagesStoreEachEventOnce() throws Exception {
        List<EngagementEvent> events = opens(2000);
        List<List<EngagementEvent>> pages = new ArrayList<>();
        for (int start = 0; start + 200 <= events.size(); start += 100) {
            pages.add(events.subList(start, start + 200));
        }
        List<List<EngagementEvent>> reversed = new ArrayList<>(pages);
        Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int added = 0;
        try {
            Future<Integer> forward = pool.submit(() -> appendAll("ms/impressions", pages));
            Future<Integer> backward = pool.submit(() -> appendAll("publisher/impressions", reversed));
            added = forward.get(60, TimeUnit.SECONDS) + backward.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(added).isEqualTo(events.size());
        assertThat(everything(EventQuery.all().withLimit(1000))).containsExactlyElementsOf(events);
    }

    @Test
    void twoWritersOfOverlappingRecipientsKeepTheStatisticsEqualToPlainCounts() throws Exception {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            var event = i % 3 == 0 ? aClick().link(new Link("https://example.com/" + i % 7, null, null)) : anOpen();
            events.add(event.id(EventId.of("copernica", "t", "concurrent", Integer.toString(i)))
                    .recipient(new Recipient("r" + i % 150, "r" + i % 150 + "@example.com", null, null))
                    .campaignId("c" + i % 2)
                    .occurredAt(T0.plusSeconds(i))
                    .build());
        }
        List<List<EngagementEvent>> pages = new ArrayList<>();
        for (int start = 0; start < events.size(); start += 100) {
            pages.add(events.subList(start, start + 100));
        }
        List<List<EngagementEvent>> reversed = new ArrayList<>(pages);
        Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> forward = pool.submit(() -> appendAll("ms/clicks", pages));
            Future<Integer> backward = pool.submit(() -> appendAll("publisher/clicks", reversed));
            assertThat(forward.get(60, TimeUnit.SECONDS) + backward.get(60, TimeUnit.SECONDS))
                    .isEqualTo(events.size());
        } finally {
            pool.shutdownNow();
        }

        InMemoryEventStore reference = new InMemoryEventStore();
        reference.append(ACCOUNT, "all", events, null);
        for (String campaign : List.of("c0", "c1")) {
            assertThat(store.statistics(ACCOUNT, campaign)).isEqualTo(reference.statistics(ACCOUNT, campaign));
        }
    }

    @Test
    void pagingWithoutAnAccountMergesEveryAccountInQueryOrder() {
        List<EngagementEvent> events = MigrationBehaviour.distinctIds(new RandomEvents(21), 900);
        InMemoryEventStore reference = new InMemoryEventStore();
        for (String account : RandomEvents.ACCOUNTS) {
            List<EngagementEvent> mine =
                    events.stream().filter(e -> e.account().equals(account)).toList();
            store.append(account, "s", mine, null);
            reference.append(account, "s", mine, null);
        }

        for (EventQuery query : List.of(
                EventQuery.all().withLimit(7),
                EventQuery.all().withLimit(13).withCampaign(RandomEvents.CAMPAIGNS[0]),
                EventQuery.all().withLimit(5).withTypes(Set.of(EngagementType.CLICKED, EngagementType.BOUNCED)),
                EventQuery.all().withLimit(3).withRecipient("r4"))) {
            assertThat(StoredEvents.all(store, query))
                    .as("%s", query)
                    .isNotEmpty()
                    .containsExactlyElementsOf(StoredEvents.all(reference, query));
        }
    }

    private static int appendAll(String stream, List<List<EngagementEvent>> pages) {
        int added = 0;
        for (List<EngagementEvent> page : pages) {
            added += store.append(
                    ACCOUNT, stream, page, new Checkpoint(page.get(0).id().value(), null));
        }
        return added;
    }

    @Test
    void aPageThatFailsAfterItsFirstThousandEventsStoresNoEventAndKeepsTheOldCheckpoint() {
        List<EngagementEvent> stored = opens(3);
        store.append(ACCOUNT, "s", stored, new Checkpoint("p1", null));
        List<EngagementEvent> page = new ArrayList<>(opens(1200));
        page.add(anOpen().id(new EventId("zzz:last")).campaignId("poison").build());
        database.raw().execute("ALTER TABLE stored_event ADD CONSTRAINT test_poison CHECK (event_id <> 'zzz:last')");
        try {
            assertThatThrownBy(() -> store.append(ACCOUNT, "s", page, new Checkpoint("p2", null)))
                    .isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("storing 1201 events of stream s of account " + ACCOUNT);
        } finally {
            database.raw().execute("ALTER TABLE stored_event DROP CONSTRAINT test_poison");
        }

        assertThat(everything(EventQuery.all())).containsExactlyElementsOf(stored);
        assertThat(store.checkpoints(ACCOUNT)).containsExactly(Map.entry("s", new Checkpoint("p1", null)));
    }

    /**
     * PostgreSQL keeps each account's ids unique through one text made of both (see the V13_1
     * migration): pairs whose account and id, run together, read alike are still two events, and
     * a second append of either still adds nothing.
     */
    @Test
    void accountsAndIdsThatRunTogetherAlikeAreTwoEvents() {
        EngagementEvent first = anOpen().id(new EventId("x:1a")).account("b").build();
        EngagementEvent second = anOpen().id(new EventId("x:1")).account("ab").build();

        assertThat(store.append("b", "s", List.of(first), null)).isEqualTo(1);
        assertThat(store.append("ab", "s", List.of(second), null)).isEqualTo(1);
        assertThat(store.append("b", "s", List.of(first), null)).isZero();
        assertThat(store.append("ab", "s", List.of(second), null)).isZero();

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(first, second);
    }

    /**
     * On PostgreSQL the event rows of a page go in as one array per column: texts that array
     * syntax gives a meaning to (quotes, braces, commas, backslashes, the word NULL, blanks) and
     * absent values come back as they went in.
     */
    @Test
    void textsThatReadLikeArraySyntaxComeBackAsTheyWentIn() {
        String tricky = "a \"quoted\", {braced} \\back\\slash";
        EngagementEvent titled = aClick().id(new EventId("x:{1,2}"))
                .link(new Link("https://example.com/{a,b}", "NULL", tricky))
                .providerEventId("\"NULL\"")
                .occurredAt(T0.plusNanos(123_456_000))
                .build();
        EngagementEvent blank = aClick().id(new EventId("x:\\\"2"))
                .link(new Link("https://example.com/", null, " "))
                .providerEventId(null)
                .build();
        EngagementEvent plain = anOpen().id(new EventId("NULL")).build();

        assertThat(store.append(ACCOUNT, "s", List.of(titled, blank, plain), null))
                .isEqualTo(3);

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(titled, blank, plain);
    }

    @Test
    void aProviderEventIdThatEndsTheEventIdIsStoredOnceAndReadBackWhole() {
        EngagementEvent copernica = aClick().id(EventId.of("copernica", "ms", "clicks", "783919"))
                .providerEventId("783919")
                .build();
        EngagementEvent other = aClick().id(EventId.of("copernica", "ms", "clicks", "783920"))
                .providerEventId("783919")
                .build();
        EngagementEvent none =
                aClick().id(new EventId("783921")).providerEventId(null).build();
        EngagementEvent whole =
                aClick().id(new EventId("783922")).providerEventId("783922").build();
        store.append(ACCOUNT, "s", List.of(copernica, other, none, whole), Checkpoint.START);

        assertThat(everything(EventQuery.all())).containsExactlyInAnyOrder(copernica, other, none, whole);
        var e = STORED_EVENT;
        assertThat(database.raw()
                        .select(e.EVENT_ID, e.PROVIDER_EVENT_ID)
                        .from(e)
                        .where(e.ACCOUNT.eq(ACCOUNT), e.PROVIDER_EVENT_ID.isNotNull())
                        .fetchMap(e.EVENT_ID, e.PROVIDER_EVENT_ID))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "copernica:ms:clicks:783919", "",
                        "copernica:ms:clicks:783920", "783919",
                        "783922", ""));
    }

    @Test
    void anOverLongStreamKeyFailsTheAppendInsteadOfBeingCut() {
        String tooLong = "s".repeat(201);

        assertThatThrownBy(() -> store.append(ACCOUNT, tooLong, List.of(anOpen().build()), Checkpoint.START))
                .isInstanceOf(EventStoreException.class);

        assertThat(everything(EventQuery.all())).isEmpty();
        assertThat(store.checkpoints(ACCOUNT)).isEmpty();
    }

    @Test
    void keysetPagingAcrossEqualTimestampsVisitsEveryEventOnceInOrder() {
        Random random = new Random(42);
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String id = "x:" + Integer.toString(random.nextInt(1_000_000), 36) + (i % 2 == 0 ? "A" : "a") + i;
            EngagementEvent event = anOpen().id(new EventId(id)).occurredAt(T0).build();
            events.add(event);
            events.add(event.toBuilder().account("zeta").build());
        }
        store.append(
                ACCOUNT,
                "s",
                events.stream().filter(e -> e.account().equals(ACCOUNT)).toList(),
                Checkpoint.START);
        store.append(
                "zeta",
                "s",
                events.stream().filter(e -> e.account().equals("zeta")).toList(),
                Checkpoint.START);
        List<EngagementEvent> expected =
                events.stream().sorted(InMemoryEventStore.QUERY_ORDER).toList();

        assertThat(everything(EventQuery.all().withLimit(7))).containsExactlyElementsOf(expected);
        assertThat(everything(EventQuery.all().withAccount("zeta").withLimit(7)))
                .containsExactlyElementsOf(expected.stream()
                        .filter(e -> e.account().equals("zeta"))
                        .toList());
        assertThat(everything(EventQuery.all().withAccount(ACCOUNT).withLimit(1000)))
                .containsExactlyElementsOf(expected.stream()
                        .filter(e -> e.account().equals(ACCOUNT))
                        .toList());
    }

    @Test
    void aCursorFromAnotherAccountStillContinuesInQueryOrder() {
        List<EngagementEvent> ours = opens(4);
        store.append(ACCOUNT, "s", ours, Checkpoint.START);
        EngagementEvent second = ours.get(1);
        EventCursor cursorOfALaterAccount =
                new EventCursor(second.occurredAt(), second.id().value(), "zzz");
        EventCursor cursorOfAnEarlierAccount =
                new EventCursor(second.occurredAt(), second.id().value(), "aaa");

        assertThat(store.find(EventQuery.all().withAccount(ACCOUNT).after(cursorOfALaterAccount))
                        .items())
                .containsExactlyElementsOf(ours.subList(2, 4));
        assertThat(store.find(EventQuery.all().withAccount(ACCOUNT).after(cursorOfAnEarlierAccount))
                        .items())
                .containsExactlyElementsOf(ours.subList(1, 4));
    }

    @Test
    void erasureAtVolumeTakesEveryEventOfTheRecipientAndLeavesCheckpoints() {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            events.add(anOpen().occurredAt(T0.plusSeconds(i))
                    .recipient(new Recipient("r" + (i % 3), "r" + (i % 3) + "@example.com", null, null))
                    .build());
        }
        store.append(ACCOUNT, "s", events, new Checkpoint("end", "fp"));

        assertThat(store.erase(ACCOUNT, RecipientSelector.byEmail("R1@Example.com")))
                .isEqualTo(500);
        assertThat(store.erase(ACCOUNT, RecipientSelector.byRecipientId("r2"))).isEqualTo(500);

        assertThat(everything(EventQuery.all().withLimit(1000)))
                .hasSize(500)
                .allMatch(e -> e.recipient().id().equals("r0"));
        assertThat(store.checkpoints(ACCOUNT)).containsEntry("s", new Checkpoint("end", "fp"));
    }

    @Test
    void erasingARecipientsFirstAddressKeepsItsOtherAddressesAndTheRecipient() {
        EngagementEvent home = anOpen().occurredAt(T0)
                .recipient(new Recipient("r1", "first@example.com", "p1", null))
                .build();
        EngagementEvent other = aClick().occurredAt(T0.plusSeconds(1))
                .recipient(new Recipient("r1", "second@example.com", "p1", null))
                .build();
        EngagementEvent sameEmailOtherProfile = anOpen().occurredAt(T0.plusSeconds(2))
                .recipient(new Recipient("r1", "first@example.com", "p2", null))
                .build();
        store.append(ACCOUNT, "s", List.of(home, other, sameEmailOtherProfile), Checkpoint.START);

        assertThat(store.erase(ACCOUNT, RecipientSelector.byEmail("first@example.com")))
                .isEqualTo(2);

        assertThat(everything(EventQuery.all().withRecipient("r1"))).containsExactly(other);
        assertThat(everything(EventQuery.all().withEmail("first@example.com"))).isEmpty();
        assertThat(rows("event_recipient")).isEqualTo(1);
        EngagementEvent back = aClick().occurredAt(T0.plusSeconds(3))
                .recipient(new Recipient("r1", "first@example.com", "p1", null))
                .build();
        store.append(ACCOUNT, "s", List.of(back), Checkpoint.START);
        assertThat(everything(EventQuery.all().withEmail("first@example.com"))).containsExactly(back);
        assertThat(everything(EventQuery.all().withRecipient("r1"))).containsExactly(other, back);

        assertThat(store.erase(ACCOUNT, RecipientSelector.byEmail("second@example.com")))
                .isEqualTo(1);
        assertThat(store.erase(ACCOUNT, RecipientSelector.byEmail("first@example.com")))
                .isEqualTo(1);
        assertThat(rows("event_recipient") + rows("event_address")).isZero();
    }

    @Test
    void anAppendOfAStoredRecipientWaitsForAnotherWriterOfThatRecipient() throws Exception {
        Recipient busy = new Recipient("r-busy", "busy@example.com", null, null);
        store.append(ACCOUNT, "s", List.of(anOpen().recipient(busy).build()), Checkpoint.START);
        EngagementEvent click = aClick().recipient(busy).build();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = database.dataSource().getConnection()) {
            other.setAutoCommit(false);
            DSL.using(other, database.raw().dialect())
                    .selectFrom(EVENT_RECIPIENT)
                    .where(EVENT_RECIPIENT.RECIPIENT_ID.eq("r-busy"))
                    .forUpdate()
                    .fetch();

            Future<Integer> append = pool.submit(() -> store.append(ACCOUNT, "t", List.of(click), null));

            // Reading what the recipient has while the other writer may still add to it would count
            // the recipient twice; the append waits for the other writer's transaction to end.
            assertThatThrownBy(() -> append.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            other.commit();
            assertThat(append.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.statistics(ACCOUNT, click.campaignId()).of(EngagementType.CLICKED))
                .isEqualTo(new Count(1, 1));
    }

    private static int rows(String table) {
        return database.raw().fetchCount(DSL.table(DSL.name(table)));
    }
}
