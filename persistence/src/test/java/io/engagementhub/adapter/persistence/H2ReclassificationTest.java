package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.ReclassificationState;
import io.engagementhub.domain.service.MachineClassifier;
import io.engagementhub.domain.service.MachineRules;
import io.engagementhub.domain.service.Reclassification;
import io.engagementhub.domain.testing.CampaignFigures;
import io.engagementhub.domain.testing.EngagementEvents;
import io.engagementhub.domain.testing.FixedRanges;
import io.engagementhub.domain.testing.MutableClock;
import io.engagementhub.domain.testing.TableParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stored data set reclassified after the rules changed (Apple's ranges grew, the too-fast limit
 * rose): the verdicts and every classified figure follow, and the job resumes after a stop.
 */
class H2ReclassificationTest {

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15";
    static final TableParser PARSER =
            new TableParser(Map.of(IPHONE, new ParsedClient("Phone", "iOS", "AppleWebKit", "605.1.15", "Browser")));

    final TestDatabase database = TestDatabase.h2();
    final PersistenceStores stores = database.stores(PersistenceSettings.unencrypted());
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T00:00:00Z"));

    @AfterEach
    void close() {
        database.close();
    }

    static MachineClassifier classifier(FixedRanges apple, Duration tooFast) {
        MachineRules rules = new MachineRules(
                tooFast,
                MachineRules.DEFAULTS.burstWindow(),
                3,
                MachineRules.KNOWN_SCANNER_AGENTS,
                MachineRules.KNOWN_IMAGE_PROXIES,
                MachineRules.ROBOT_CLASSES);
        return new MachineClassifier(rules, PARSER, apple, FixedRanges.NONE);
    }

    /** Per recipient: a delivery, an open from 18.x (later Apple's) 5 s after, a human open an hour later. */
    static List<EngagementEvent> dataSet(int recipients) {
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            Recipient who = new Recipient("r" + i, null, null, null);
            Instant delivered = EngagementEvents.T0.plusSeconds(i);
            events.add(EngagementEvents.anEvent(EngagementType.DELIVERED)
                    .recipient(who)
                    .occurredAt(delivered)
                    .build());
            events.add(EngagementEvents.anOpen()
                    .recipient(who)
                    .occurredAt(delivered.plusSeconds(5))
                    .client(new Client("18.0.0." + (i % 200), "Mozilla/5.0", DeviceType.UNKNOWN, null))
                    .build());
            events.add(EngagementEvents.anOpen()
                    .recipient(who)
                    .occurredAt(delivered.plusSeconds(3600))
                    .client(new Client("83.161.20.7", IPHONE, DeviceType.MOBILE, null))
                    .build());
        }
        return events;
    }

    List<EngagementEvent> stored() {
        List<EngagementEvent> all = new ArrayList<>();
        var query = EventQuery.all().withLimit(EventQuery.MAX_LIMIT);
        for (var page = stores.sync().events().find(query);
                ;
                page = stores.sync().events().find(query.after(page.next()))) {
            all.addAll(page.items());
            if (page.next() == null) {
                return all;
            }
        }
    }

    @Test
    void aRuleChangeReclassifiesTheStoredEventsAndTheStatisticsFollow() {
        int recipients = 450;
        stores.sync()
                .events()
                .append(
                        EngagementEvents.ACCOUNT,
                        "s",
                        classifier(FixedRanges.NONE, Duration.ofSeconds(2)).classify(dataSet(recipients)),
                        Checkpoint.START);
        CampaignStatistics before =
                stores.sync().events().statistics(EngagementEvents.ACCOUNT, EngagementEvents.CAMPAIGN);
        assertThat(before.classified().humanOf(EngagementType.OPENED))
                .isEqualTo(new Count(2L * recipients, recipients));

        MachineClassifier changed = classifier(new FixedRanges(List.of("18.")), Duration.ofSeconds(10));
        Reclassification job = new Reclassification(changed, stores.classification(), clock);
        int[] polls = {0};
        ReclassificationState stopped = job.run(() -> polls[0]++ >= 2);
        assertThat(stopped.complete()).isFalse();
        assertThat(stores.classification().reclassificationState()).contains(stopped);
        ReclassificationState done = job.run(() -> false);

        assertThat(done.complete()).isTrue();
        assertThat(done.recipientsDone()).isEqualTo(recipients);
        assertThat(done.eventsChanged()).isEqualTo(recipients);
        CampaignStatistics after =
                stores.sync().events().statistics(EngagementEvents.ACCOUNT, EngagementEvents.CAMPAIGN);
        assertThat(after.classified().humanOf(EngagementType.OPENED)).isEqualTo(new Count(recipients, recipients));
        assertThat(after.classified().machine())
                .containsEntry(MachineReason.APPLE_PRIVACY_PROXY, (long) recipients)
                .containsEntry(MachineReason.TOO_FAST, (long) recipients);
        assertThat(after.classified().emailClients()).containsEntry("AppleWebKit", (long) recipients);
        assertThat(after.classified()).isEqualTo(CampaignFigures.classified(stored()));
        assertThat(after.of(EngagementType.OPENED)).isEqualTo(before.of(EngagementType.OPENED));
        assertThat(job.run(() -> false)).isEqualTo(done);
    }
}
