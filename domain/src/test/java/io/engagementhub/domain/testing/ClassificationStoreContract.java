package io.engagementhub.domain.testing;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.RecipientBatch;
import io.engagementhub.domain.model.RecipientRef;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.model.VerdictChange;
import io.engagementhub.domain.port.out.ClassificationStore;
import io.engagementhub.domain.port.out.EventStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a store keeps of the machine-event classification: verdicts and parsed clients with the
 * events, the human and machine figures, and the reclassification's needs. Extend it with a
 * {@link #newStore()} returning an empty store that is also a {@link ClassificationStore}.
 */
public abstract class ClassificationStoreContract extends StoreContract<EventStore> {

    static final ParsedClient IPHONE = new ParsedClient("Phone", "iOS", "Apple Mail", "605.1.15", "Email Client");
    static final ParsedClient CHROME = new ParsedClient("Desktop", "Windows NT", "Chrome", "120", "Browser");

    protected ClassificationStore classification;

    /** The fresh store's other port: {@link #newStore()} must implement both. */
    @BeforeEach
    void viewAsClassificationStore() {
        classification = (ClassificationStore) store;
    }

    static EngagementEvent open(String recipient, ParsedClient parsed, MachineVerdict verdict) {
        return anOpen().recipient(new Recipient(recipient, null, null, null))
                .client(new Client(
                        "17.1.2.3", "Mozilla/5.0 (" + parsed.agentName() + ")", DeviceType.MOBILE, null, parsed))
                .machine(verdict)
                .build();
    }

    static EngagementEvent click(String recipient, String url, MachineVerdict verdict) {
        return aClick().recipient(new Recipient(recipient, null, null, null))
                .link(new Link(url, null, null))
                .client(new Client("83.161.20.7", "Chrome UA", DeviceType.DESKTOP, null, CHROME))
                .machine(verdict)
                .build();
    }

    List<EngagementEvent> mix() {
        return List.of(
                open("r1", IPHONE, MachineVerdict.of(MachineReason.APPLE_PRIVACY_PROXY)),
                open("r1", IPHONE, MachineVerdict.NONE),
                open("r2", ParsedClient.UNKNOWN, MachineVerdict.of(MachineReason.IMAGE_PROXY)),
                open("r3", CHROME, MachineVerdict.of(MachineReason.APPLE_PRIVACY_PROXY, MachineReason.TOO_FAST)),
                click("r1", "https://a", MachineVerdict.of(MachineReason.SECURITY_SCANNER, MachineReason.TOO_FAST)),
                click("r2", "https://a", MachineVerdict.NONE),
                click("r3", "https://b", MachineVerdict.of(MachineReason.ALL_LINKS_BURST)),
                anEvent(EngagementType.DELIVERED).build());
    }

    List<EngagementEvent> stored() {
        return store.find(EventQuery.all().withLimit(EventQuery.MAX_LIMIT)).items();
    }

    @Test
    void verdictsAndParsedClientsAreStoredWithTheEvents() {
        List<EngagementEvent> events = mix();
        store.append(ACCOUNT, "s", events, Checkpoint.START);

        assertThat(stored()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void eventsAreFoundByWhetherTheyAreFlagged() {
        List<EngagementEvent> events = mix();
        store.append(ACCOUNT, "s", events, Checkpoint.START);

        assertThat(store.find(EventQuery.all().withMachine(true)).items())
                .containsExactlyInAnyOrderElementsOf(
                        events.stream().filter(e -> e.machine().flagged()).toList());
        assertThat(store.find(EventQuery.all().withMachine(false)).items())
                .containsExactlyInAnyOrderElementsOf(
                        events.stream().filter(e -> !e.machine().flagged()).toList());
    }

    @Test
    void statisticsTellHumanFromMachineEvents() {
        store.append(ACCOUNT, "s", mix(), Checkpoint.START);

        MachineFigures figures = store.statistics(ACCOUNT, CAMPAIGN).classified();

        assertThat(figures.humanOf(EngagementType.OPENED)).isEqualTo(new Count(2, 2));
        assertThat(figures.humanOf(EngagementType.CLICKED)).isEqualTo(new Count(1, 1));
        assertThat(figures.machine())
                .containsEntry(MachineReason.APPLE_PRIVACY_PROXY, 2L)
                .containsEntry(MachineReason.TOO_FAST, 2L)
                .containsEntry(MachineReason.SECURITY_SCANNER, 1L)
                .containsEntry(MachineReason.ALL_LINKS_BURST, 1L)
                .doesNotContainKey(MachineReason.IMAGE_PROXY);
        assertThat(figures.emailClients())
                .containsEntry("Apple Mail", 1L)
                .containsEntry(MachineFigures.PROXY, 1L)
                .containsEntry("Chrome", 1L);
        assertThat(figures.operatingSystems()).containsEntry("iOS", 1L).containsEntry(MachineFigures.PROXY, 1L);
        assertThat(figures).isEqualTo(CampaignFigures.classified(stored()));
    }

    @Test
    void reclassifiedEventsChangeAndTheStatisticsFollow() {
        store.append(ACCOUNT, "s", mix(), Checkpoint.START);
        List<VerdictChange> flips = new ArrayList<>();
        for (EngagementEvent e : stored()) {
            if (e.type() == EngagementType.OPENED || e.type() == EngagementType.CLICKED) {
                MachineVerdict next =
                        e.machine().flagged() ? MachineVerdict.NONE : MachineVerdict.of(MachineReason.SECURITY_SCANNER);
                flips.add(new VerdictChange(
                        e, e.withMachine(next).withClient(e.client().withParsed(IPHONE))));
            }
        }
        List<EngagementEvent> flipped =
                flips.stream().map(VerdictChange::classified).toList();

        int changed = classification.reclassifyUnlessChanged(ACCOUNT, flips);

        assertThat(changed).isEqualTo(flipped.size());
        assertThat(stored())
                .filteredOn(e -> e.type() != EngagementType.DELIVERED)
                .containsExactlyInAnyOrderElementsOf(flipped);
        CampaignStatistics statistics = store.statistics(ACCOUNT, CAMPAIGN);
        assertThat(statistics.classified()).isEqualTo(CampaignFigures.classified(stored()));
        assertThat(statistics.classified().humanOf(EngagementType.OPENED)).isEqualTo(new Count(2, 2));
        assertThat(statistics.of(EngagementType.OPENED)).isEqualTo(new Count(4, 3));
        assertThat(classification.reclassifyUnlessChanged(
                        ACCOUNT,
                        flipped.stream().map(e -> new VerdictChange(e, e)).toList()))
                .isZero();
    }

    @Test
    void setVerdictsChangesOnlyTheVerdictsAndTheStatisticsFollow() {
        store.append(ACCOUNT, "s", mix(), Checkpoint.START);
        Map<EventId, MachineVerdict> verdicts = new LinkedHashMap<>();
        List<EngagementEvent> expected = new ArrayList<>();
        for (EngagementEvent e : stored()) {
            MachineVerdict next = e.type() == EngagementType.OPENED || e.type() == EngagementType.CLICKED
                    ? MachineVerdict.of(MachineReason.TOO_FAST)
                    : e.machine();
            verdicts.put(e.id(), next);
            expected.add(e.withMachine(next));
        }
        verdicts.put(new EventId("never-stored"), MachineVerdict.of(MachineReason.TOO_FAST));
        long unchanged = expected.stream().filter(e -> stored().contains(e)).count();

        int changed = classification.setVerdicts(ACCOUNT, verdicts);

        assertThat(changed).isEqualTo(expected.size() - unchanged).isPositive();
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(expected);
        CampaignStatistics statistics = store.statistics(ACCOUNT, CAMPAIGN);
        assertThat(statistics.classified()).isEqualTo(CampaignFigures.classified(stored()));
        assertThat(statistics.classified().humanOf(EngagementType.OPENED)).isEqualTo(new Count(0, 0));
        assertThat(classification.setVerdicts(ACCOUNT, verdicts)).isZero();
        assertThat(classification.setVerdicts("elsewhere", verdicts)).isZero();
    }

    @Test
    void aVerdictChangedSinceItWasReadIsLeftAsItIs() {
        store.append(ACCOUNT, "s", mix(), Checkpoint.START);
        List<EngagementEvent> opens =
                stored().stream().filter(e -> e.type() == EngagementType.OPENED).toList();
        EngagementEvent changedMeanwhile = opens.get(0);
        EngagementEvent untouched = opens.get(1);
        EngagementEvent bySync = changedMeanwhile.withMachine(MachineVerdict.of(MachineReason.ALL_LINKS_BURST));
        classification.setVerdicts(ACCOUNT, Map.of(bySync.id(), bySync.machine()));
        MachineVerdict scanner = MachineVerdict.of(MachineReason.SECURITY_SCANNER);

        int changed = classification.reclassifyUnlessChanged(
                ACCOUNT,
                List.of(
                        new VerdictChange(changedMeanwhile, changedMeanwhile.withMachine(scanner)),
                        new VerdictChange(untouched, untouched.withMachine(scanner))));

        assertThat(changed).isEqualTo(1);
        assertThat(stored()).contains(bySync, untouched.withMachine(scanner));
        assertThat(store.statistics(ACCOUNT, CAMPAIGN).classified()).isEqualTo(CampaignFigures.classified(stored()));
    }

    @Test
    void erasureTakesTheClassifiedFiguresAlong() {
        store.append(ACCOUNT, "s", mix(), Checkpoint.START);

        store.erase(ACCOUNT, RecipientSelector.byRecipientId("r1"));

        assertThat(store.statistics(ACCOUNT, CAMPAIGN).classified()).isEqualTo(CampaignFigures.classified(stored()));
    }

    @Test
    void engagementsOfReturnsTheAskedRecipientsSendsDeliveriesOpensAndClicks() {
        List<EngagementEvent> events = withOtherCampaignAndBounce();
        store.append(ACCOUNT, "s", events, Checkpoint.START);

        assertThat(classification.engagementsOf(ACCOUNT, List.of("r1")))
                .containsExactlyInAnyOrderElementsOf(events.stream()
                        .filter(e -> e.recipient().id().equals("r1"))
                        .filter(e -> e.type() != EngagementType.BOUNCED)
                        .toList());
        assertThat(classification.engagementsOf("elsewhere", List.of("r1"))).isEmpty();
    }

    @Test
    void contextOfReturnsWhatTheTimingRulesLookAtInTheAskedCampaigns() {
        List<EngagementEvent> events = new ArrayList<>(withOtherCampaignAndBounce());
        events.add(anEvent(EngagementType.DELIVERED)
                .recipient(new Recipient("r1", null, null, null))
                .bounce(new Bounce("V", BounceCategory.AUTO_REPLY, "out of office"))
                .build());
        store.append(ACCOUNT, "s", events, Checkpoint.START);

        List<ContextEvent> found = classification.contextOf(ACCOUNT, List.of("r1", "r2"), List.of(CAMPAIGN));

        assertThat(found)
                .containsExactlyInAnyOrderElementsOf(events.stream()
                        .filter(e -> Set.of("r1", "r2").contains(e.recipient().id())
                                && e.campaignId().equals(CAMPAIGN))
                        .filter(e -> e.type() != EngagementType.BOUNCED)
                        .map(ContextEvent::of)
                        .toList());
        assertThat(found).anyMatch(ContextEvent::autoReply).anyMatch(e -> e.link() != null);
        assertThat(classification.contextOf(ACCOUNT, List.of("r1"), List.of("other")))
                .hasSize(1);
        assertThat(classification.contextOf("elsewhere", List.of("r1"), List.of(CAMPAIGN)))
                .isEmpty();
    }

    private List<EngagementEvent> withOtherCampaignAndBounce() {
        List<EngagementEvent> events = new ArrayList<>(mix());
        events.add(anEvent(EngagementType.BOUNCED).build());
        events.add(click("r1", "https://a", MachineVerdict.NONE).toBuilder()
                .campaignId("other")
                .build());
        return events;
    }

    @Test
    void recipientsAfterVisitsEveryRecipientOnce() {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            events.add(
                    anOpen().recipient(new Recipient("r" + i, null, null, null)).build());
        }
        events.add(anOpen().account("other")
                .recipient(new Recipient("r0", null, null, null))
                .build());
        store.append(ACCOUNT, "s", events.subList(0, 25), Checkpoint.START);
        store.append("other", "s", events.subList(25, 26), Checkpoint.START);

        Set<RecipientRef> seen = listUpTo(classification.lastRecipient().orElseThrow());

        assertThat(seen).hasSize(26).contains(new RecipientRef("other", "r0"), new RecipientRef(ACCOUNT, "r24"));
    }

    @Test
    void recipientsStoredAfterTheLastOneGivenAreNotListedUpToIt() {
        assertThat(classification.lastRecipient()).isEmpty();
        store.append(
                ACCOUNT,
                "s",
                List.of(
                        anOpen().recipient(new Recipient("r1", null, null, null))
                                .build(),
                        anOpen().recipient(new Recipient("r2", null, null, null))
                                .build()),
                Checkpoint.START);
        String last = classification.lastRecipient().orElseThrow();
        store.append(
                ACCOUNT,
                "s",
                List.of(anOpen().recipient(new Recipient("r3", null, null, null))
                        .build()),
                Checkpoint.START);

        assertThat(listUpTo(last))
                .containsExactlyInAnyOrder(new RecipientRef(ACCOUNT, "r1"), new RecipientRef(ACCOUNT, "r2"));
        assertThat(listUpTo(classification.lastRecipient().orElseThrow())).hasSize(3);
    }

    /** Every recipient listed up to {@code upTo}, in batches of seven; each must come once. */
    private Set<RecipientRef> listUpTo(String upTo) {
        Set<RecipientRef> seen = new HashSet<>();
        String position = null;
        for (int batches = 0; batches < 100; batches++) {
            RecipientBatch batch = classification.recipientsAfter(position, upTo, 7);
            batch.recipients().forEach(r -> assertThat(seen.add(r)).isTrue());
            position = batch.next();
            if (position == null) {
                return seen;
            }
        }
        throw new AssertionError("the listing did not end within 100 batches");
    }

    @Test
    void theReclassificationStateIsSaved() {
        assertThat(classification.reclassificationState()).isEmpty();
        ReclassificationState state = ReclassificationState.starting("r1-abc", T0);
        classification.saveReclassificationState(state);
        ReclassificationState next = state.advanced("17", 200, 12, T0.plusSeconds(1));
        classification.saveReclassificationState(next);

        assertThat(classification.reclassificationState()).contains(next);
    }
}
