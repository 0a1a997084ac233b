package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.EraseRecipientCommand;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.EngagementEvents;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** An erased recipient stays erased: re-reads of the same provider data do not bring it back. */
class ErasureTest {

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final SyncStores stores = new SyncStores(events, new InMemorySyncRunStore(), new InMemorySuppressionList());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));

    /** Three recipients; ann's later events carry only her provider id, not her address. */
    private static List<EngagementEvent> opens() {
        List<EngagementEvent> opens = new ArrayList<>();
        String[][] who = {{"r-ann", "ann@example.org"}, {"r-bob", "bob@example.org"}, {"r-ann", null}, {"r-carl", null}
        };
        for (int i = 0; i < 12; i++) {
            String[] recipient = who[i % who.length];
            opens.add(EngagementEvents.anOpen()
                    .id(EventId.of("stub", "opens", Integer.toString(i)))
                    .occurredAt(EngagementEvents.T0.plusSeconds(i))
                    .recipient(new Recipient(recipient[0], recipient[1], null, null))
                    .build());
        }
        return opens;
    }

    /** A source whose stream is read from the start on every sync, like an overlap re-read. */
    private SyncService engine() {
        StubEngagementSource source = new StubEngagementSource(5).add("opens", opens());
        return new SyncService(EngagementSources.of(Map.of(ACCOUNT, source)), stores, clock, SyncSettings.DEFAULTS);
    }

    private EngagementQueryService queries() {
        StubEngagementSource source = new StubEngagementSource(5);
        return new EngagementQueryService(EngagementSources.of(Map.of(ACCOUNT, source)), stores);
    }

    private List<String> storedRecipients() {
        return events.all().stream()
                .map(e -> e.recipient().id())
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void erasingByEmailAlsoErasesTheRecipientsEventsThatCarryOnlyItsId() {
        engine().sync(ACCOUNT, StopSignal.NEVER);

        long removed =
                queries().erase(new EraseRecipientCommand(ACCOUNT, RecipientSelector.byEmail("ANN@example.org")));

        assertThat(removed).isEqualTo(6);
        assertThat(storedRecipients()).containsExactly("r-bob", "r-carl");
    }

    @Test
    void aSyncAfterAnErasureDropsTheErasedRecipientsEventsAndCountsThem() {
        engine().sync(ACCOUNT, StopSignal.NEVER);
        queries().erase(new EraseRecipientCommand(ACCOUNT, RecipientSelector.byEmail("ann@example.org")));
        queries().erase(new EraseRecipientCommand(ACCOUNT, RecipientSelector.byRecipientId("r-carl")));
        clearCheckpoints();

        SyncRun again = engine().sync(ACCOUNT, StopSignal.NEVER);

        assertThat(storedRecipients()).containsExactly("r-bob");
        assertThat(again.figures().eventsRead()).isEqualTo(12);
        assertThat(again.figures().eventsSuppressed()).isEqualTo(9);
        assertThat(again.figures().eventsStored()).isZero();
    }

    /**
     * The erasure lands between the engine's suppression check of a page and the page's commit (as
     * a request on another thread or instance can): the page must not bring the recipient back.
     */
    @Test
    void anErasureWhileAPageIsBeingStoredIsNotUndoneByThatPage() {
        AtomicBoolean erased = new AtomicBoolean();
        EventStore racing = new ForwardingEventStore(events) {
            @Override
            public int append(String account, String streamKey, List<EngagementEvent> page, Checkpoint checkpoint) {
                if (!erased.getAndSet(true)) {
                    queries().erase(new EraseRecipientCommand(ACCOUNT, RecipientSelector.byRecipientId("r-bob")));
                }
                return super.append(account, streamKey, page, checkpoint);
            }
        };
        StubEngagementSource source = new StubEngagementSource(5).add("opens", opens());
        SyncService engine = new SyncService(
                EngagementSources.of(Map.of(ACCOUNT, source)),
                new SyncStores(racing, stores.runs(), stores.suppressions()),
                clock,
                SyncSettings.DEFAULTS);

        SyncRun run = engine.sync(ACCOUNT, StopSignal.NEVER);

        assertThat(storedRecipients()).containsExactly("r-ann", "r-carl");
        assertThat(run.figures().eventsStored()).isEqualTo(9);
        assertThat(run.figures().eventsSuppressed()).isEqualTo(3);
    }

    @Test
    void anErasureBeforeTheFirstSyncStillSuppresses() {
        queries().erase(new EraseRecipientCommand(ACCOUNT, RecipientSelector.byRecipientId("r-bob")));

        SyncRun run = engine().sync(ACCOUNT, StopSignal.NEVER);

        assertThat(storedRecipients()).containsExactly("r-ann", "r-carl");
        assertThat(run.figures().eventsSuppressed()).isEqualTo(3);
    }

    @Test
    void statisticsOfACampaignWithoutEventsIsAnUnknownCampaign() {
        engine().sync(ACCOUNT, StopSignal.NEVER);

        assertThat(queries().statistics(ACCOUNT, EngagementEvents.CAMPAIGN).isEmpty())
                .isFalse();
        assertThatThrownBy(() -> queries().statistics(ACCOUNT, "no-such-campaign"))
                .isInstanceOf(UnknownCampaignException.class)
                .hasMessageContaining("'no-such-campaign'");
    }

    /** A fresh store position: the next sync re-reads everything, as an overlap window does. */
    private void clearCheckpoints() {
        events.append(ACCOUNT, "opens", List.of(), Checkpoint.START);
    }
}
