package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.ACCOUNT;
import static io.engagementhub.domain.testing.EngagementEvents.CAMPAIGN;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.anOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.CampaignTimeline;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.HumanMachine;
import io.engagementhub.domain.model.TimeBucket;
import io.engagementhub.domain.model.TimelineBucket;
import io.engagementhub.domain.port.in.InvalidTimelineException;
import io.engagementhub.domain.port.in.TimelineRequest;
import io.engagementhub.domain.port.in.UnknownAccountException;
import io.engagementhub.domain.port.in.UnknownCampaignException;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.testing.InMemoryEventStore;
import io.engagementhub.domain.testing.InMemorySuppressionList;
import io.engagementhub.domain.testing.InMemorySyncRunStore;
import io.engagementhub.domain.testing.StubEngagementSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timelines {@link CampaignService} draws from the event store's per-bucket counts. */
class CampaignTimelineTest {

    static final Instant FIRST = Instant.parse("2026-03-01T10:17:00Z");
    static final Instant LAST = Instant.parse("2026-03-09T08:00:00Z");

    final InMemoryEventStore store = new InMemoryEventStore();
    CampaignService timelines;

    @BeforeEach
    void storeACampaign() {
        store.append(
                ACCOUNT,
                "s",
                List.of(
                        anOpen().occurredAt(FIRST).build(),
                        aClick().occurredAt(FIRST.plus(Duration.ofHours(3))).build(),
                        anOpen().occurredAt(LAST).build()),
                new Checkpoint("1", null));
        timelines = new CampaignService(
                EngagementSources.of(Map.of(ACCOUNT, new StubEngagementSource(5))),
                new SyncStores(store, new InMemorySyncRunStore(), new InMemorySuppressionList()));
    }

    private CampaignTimeline timeline(TimeBucket bucket, Instant from, Instant to) {
        return timelines.timeline(new TimelineRequest(ACCOUNT, CAMPAIGN, bucket, from, to));
    }

    @Test
    void hourlyByDefaultFromTheHourOfTheFirstEventForFortyEightHoursWithEveryBucket() {
        CampaignTimeline timeline = timelines.timeline(TimelineRequest.hourly(ACCOUNT, CAMPAIGN));

        assertCovers(timeline, "2026-03-01T10:00:00Z", "2026-03-03T10:00:00Z", 48);
        assertThat(timeline.buckets().get(0).of(EngagementType.OPENED)).isEqualTo(new HumanMachine(1, 0));
        assertThat(timeline.buckets().get(3).of(EngagementType.CLICKED)).isEqualTo(new HumanMachine(1, 0));
        assertThat(timeline.buckets().get(1).counts().values()).containsOnly(HumanMachine.ZERO);
        assertThat(timeline.buckets())
                .extracting(TimelineBucket::start)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void dailyByDefaultCoversEveryDayFromTheFirstToTheLastEvent() {
        CampaignTimeline timeline = timeline(TimeBucket.DAY, null, null);

        assertCovers(timeline, "2026-03-01T00:00:00Z", "2026-03-10T00:00:00Z", 9);
        assertThat(timeline.buckets().get(8).of(EngagementType.OPENED).all()).isEqualTo(1);
    }

    @Test
    void aGivenRangeIsWidenedToWholeBuckets() {
        CampaignTimeline timeline =
                timeline(TimeBucket.HOUR, Instant.parse("2026-03-01T10:30:00Z"), Instant.parse("2026-03-01T13:01:00Z"));

        assertCovers(timeline, "2026-03-01T10:00:00Z", "2026-03-01T14:00:00Z", 4);
        assertThat(timeline.buckets().get(0).of(EngagementType.OPENED).all()).isEqualTo(1);
    }

    @Test
    void tooManyBucketsNameTheParameterToChange() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> timeline(TimeBucket.HOUR, from, from.plus(Duration.ofDays(90))))
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> assertThat(e.part())
                        .isEqualTo("to"))
                .hasMessageContaining("2160 hour buckets, more than 2000");
        assertThat(timeline(TimeBucket.HOUR, from, from.plus(Duration.ofHours(2_000)))
                        .buckets())
                .hasSize(2_000);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> timeline(TimeBucket.HOUR, LAST, FIRST))
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> assertThat(e.part())
                        .isEqualTo("to"));
    }

    @Test
    void unknownAccountsAndCampaignsAreNotFound() {
        assertThatThrownBy(() -> timelines.timeline(TimelineRequest.hourly("nobody", CAMPAIGN)))
                .isInstanceOf(UnknownAccountException.class);
        assertThatThrownBy(() -> timelines.timeline(TimelineRequest.hourly(ACCOUNT, "never-sent")))
                .isInstanceOf(UnknownCampaignException.class);
    }

    /** The timeline runs from {@code from} to {@code to} in {@code buckets} buckets. */
    private static void assertCovers(CampaignTimeline timeline, String from, String to, int buckets) {
        assertThat(timeline.from()).isEqualTo(Instant.parse(from));
        assertThat(timeline.to()).isEqualTo(Instant.parse(to));
        assertThat(timeline.buckets()).hasSize(buckets);
    }
}
