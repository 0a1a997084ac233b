package io.engagementhub.domain.testing;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventSpan;
import io.engagementhub.domain.model.HumanMachine;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import io.engagementhub.domain.port.out.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do for timelines: per UTC bucket and type, human and machine,
 * a campaign's events only, {@code from} inclusive and {@code to} exclusive; the fakes and the jOOQ
 * store on H2 and PostgreSQL all run it.
 */
public abstract class EventTimelineContract extends StoreContract<EventStore> {

    static final Instant HOUR_10 = Instant.parse("2026-03-01T10:00:00Z");

    private static EngagementEvent at(EngagementEvent event, Instant time) {
        return event.toBuilder().occurredAt(time).build();
    }

    private List<EngagementEvent> storeCampaign() {
        List<EngagementEvent> events = List.of(
                at(anEvent(EngagementType.SENT).build(), HOUR_10.minusSeconds(1)),
                at(anOpen().build(), HOUR_10),
                at(anOpen().recipient(Recipient.withId("r2")).build(), HOUR_10.plus(Duration.ofMinutes(5))),
                at(
                        aClick().build(),
                        HOUR_10.plus(Duration.ofMinutes(59)).plusSeconds(59).plusNanos(999_999_000)),
                at(aClick().build(), HOUR_10.plus(Duration.ofHours(1))),
                at(anOpen().build(), HOUR_10.plus(Duration.ofHours(26))),
                at(anOpen().campaignId("other").build(), HOUR_10),
                at(anOpen().account("other").build(), HOUR_10));
        store.append(ACCOUNT, "s", events.subList(0, 7), new Checkpoint("1", null));
        store.append("other", "s", events.subList(7, 8), new Checkpoint("1", null));
        return events;
    }

    /** The stored campaign's buckets in the account. */
    private List<TimelineBucket> campaignTimeline(TimeBucket bucket, Instant from, Instant to) {
        return store.timeline(ACCOUNT, CAMPAIGN, bucket, from, to);
    }

    private static HumanMachine human(long count) {
        return new HumanMachine(count, 0);
    }

    @Test
    void countsPerHourAndTypeOnlyTheCampaignsEventsAndOnlyBucketsWithEvents() {
        storeCampaign();

        List<TimelineBucket> buckets =
                campaignTimeline(TimeBucket.HOUR, HOUR_10.minus(Duration.ofHours(1)), HOUR_10.plus(Duration.ofDays(2)));

        assertThat(buckets)
                .extracting(TimelineBucket::start)
                .containsExactly(
                        HOUR_10.minus(Duration.ofHours(1)),
                        HOUR_10,
                        HOUR_10.plus(Duration.ofHours(1)),
                        HOUR_10.plus(Duration.ofHours(26)));
        assertThat(buckets.get(0).of(EngagementType.SENT)).isEqualTo(human(1));
        assertThat(buckets.get(1).of(EngagementType.OPENED)).isEqualTo(human(2));
        assertThat(buckets.get(1).of(EngagementType.CLICKED)).isEqualTo(human(1));
        assertThat(buckets.get(1).of(EngagementType.SENT)).isEqualTo(HumanMachine.ZERO);
        assertThat(buckets.get(2).of(EngagementType.CLICKED)).isEqualTo(human(1));
        assertThat(buckets.get(3).of(EngagementType.OPENED)).isEqualTo(human(1));
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        storeCampaign();

        List<TimelineBucket> buckets = campaignTimeline(TimeBucket.HOUR, HOUR_10, HOUR_10.plus(Duration.ofHours(1)));

        assertThat(buckets).extracting(TimelineBucket::start).containsExactly(HOUR_10);
        assertThat(buckets.get(0).of(EngagementType.OPENED)).isEqualTo(human(2));
        assertThat(buckets.get(0).of(EngagementType.CLICKED)).isEqualTo(human(1));
        assertThat(buckets.get(0).of(EngagementType.SENT)).isEqualTo(HumanMachine.ZERO);
    }

    @Test
    void daysStartAtUtcMidnight() {
        Instant midnight = Instant.parse("2026-03-02T00:00:00Z");
        store.append(
                ACCOUNT,
                "s",
                List.of(at(anOpen().build(), midnight.minusNanos(1_000)), at(anOpen().build(), midnight)),
                new Checkpoint("1", null));

        List<TimelineBucket> buckets =
                campaignTimeline(TimeBucket.DAY, midnight.minus(Duration.ofDays(1)), midnight.plus(Duration.ofDays(1)));

        assertThat(buckets)
                .extracting(TimelineBucket::start)
                .containsExactly(midnight.minus(Duration.ofDays(1)), midnight);
        assertThat(buckets).extracting(b -> b.of(EngagementType.OPENED)).containsExactly(human(1), human(1));
    }

    @Test
    void aCampaignWithoutEventsHasNoBucketsAndNoSpan() {
        storeCampaign();

        assertThat(store.timeline(
                        ACCOUNT, "never-sent", TimeBucket.DAY, Instant.EPOCH, HOUR_10.plus(Duration.ofDays(9))))
                .isEmpty();
        assertThat(store.span(ACCOUNT, "never-sent")).isEmpty();
        assertThat(store.span("nobody", CAMPAIGN)).isEmpty();
    }

    @Test
    void theSpanRunsFromTheFirstToTheLastEventOfTheCampaignInTheAccount() {
        storeCampaign();

        assertThat(store.span(ACCOUNT, CAMPAIGN))
                .contains(new EventSpan(HOUR_10.minusSeconds(1), HOUR_10.plus(Duration.ofHours(26))));
        assertThat(store.span("other", CAMPAIGN)).contains(new EventSpan(HOUR_10, HOUR_10));
    }

    @Test
    void flaggedOpensAndClicksCountAsMachineAndImageProxyOpensAsAPersons() {
        store.append(
                ACCOUNT,
                "s",
                List.of(
                        at(anOpen().build(), HOUR_10),
                        at(
                                anOpen().recipient(Recipient.withId("r2"))
                                        .machine(MachineVerdict.of(MachineReason.APPLE_PRIVACY_PROXY))
                                        .build(),
                                HOUR_10.plusSeconds(1)),
                        at(
                                anOpen().recipient(Recipient.withId("r3"))
                                        .machine(MachineVerdict.of(MachineReason.IMAGE_PROXY))
                                        .build(),
                                HOUR_10.plusSeconds(2)),
                        at(
                                aClick().machine(MachineVerdict.of(
                                                MachineReason.SECURITY_SCANNER, MachineReason.TOO_FAST))
                                        .build(),
                                HOUR_10.plusSeconds(3))),
                new Checkpoint("1", null));

        List<TimelineBucket> buckets = campaignTimeline(TimeBucket.HOUR, HOUR_10, HOUR_10.plus(Duration.ofHours(1)));

        assertThat(buckets).hasSize(1);
        assertThat(buckets.get(0).of(EngagementType.OPENED)).isEqualTo(new HumanMachine(2, 1));
        assertThat(buckets.get(0).of(EngagementType.CLICKED)).isEqualTo(new HumanMachine(0, 1));
    }

    @Test
    void theStoreCountsAsTheInMemoryReferenceDoes() {
        List<EngagementEvent> events = storeCampaign();
        InMemoryEventStore reference = new InMemoryEventStore();
        reference.append(ACCOUNT, "s", events.subList(0, 7), new Checkpoint("1", null));
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");

        for (TimeBucket bucket : TimeBucket.values()) {
            assertThat(campaignTimeline(bucket, from, to))
                    .as(bucket.name())
                    .isEqualTo(reference.timeline(ACCOUNT, CAMPAIGN, bucket, from, to));
        }
    }
}
