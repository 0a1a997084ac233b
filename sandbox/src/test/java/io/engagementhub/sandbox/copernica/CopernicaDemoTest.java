package io.engagementhub.sandbox.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.demo.CampaignModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo campaigns as the Copernica simulator lists them follow the model a marketer knows. */
class CopernicaDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-12T10:00:00Z", "2024-06-20T08:00:00Z"})
    void eachMailingFollowsTheCampaignModel(Instant now) {
        try (CopernicaSimulator sim = CopernicaSimulator.startDemo(Clock.fixed(now, ZoneOffset.UTC))) {
            Map<Long, String> kinds = new HashMap<>();
            sim.demoEvents().stream()
                    .filter(s -> s.event().type() == SimulatedEventType.CLICKS)
                    .forEach(s -> kinds.put(s.event().id(), s.kind()));
            assertThat(sim.demoEvents()).hasSize(sim.events().size());
            assertThat(sim.events()).hasSizeLessThan(40_000);
            for (SimulatedEventType type : SimulatedEventType.values()) {
                assertThat(sim.events(SimulatedProduct.MS, type))
                        .extracting(e -> instant(sim, e))
                        .as(type + " in time order")
                        .isSorted();
                assertThat(sim.events(SimulatedProduct.PUBLISHER, type)).isEmpty();
            }
            Totals totals = new Totals();
            for (CampaignModel campaign : sim.demoCampaigns()) {
                String mailing = sim.mailings().get(campaign.index());
                checkMailing(sim, campaign, mailing, now, kinds, totals);
            }
            assertThat(sim.demoCampaigns()).anyMatch(c -> c.sentAt().isAfter(now.minus(Duration.ofDays(1))));
            totals.assertShares(true);
        }
    }

    private static void checkMailing(
            CopernicaSimulator sim,
            CampaignModel campaign,
            String mailing,
            Instant now,
            Map<Long, String> kinds,
            Totals totals) {
        Instant sent = campaign.sentAt();
        assertThat(sent).isBetween(now.minus(Duration.ofDays(10)), now);
        assertThat(campaign.recipients()).isBetween(100, 5_000);
        Map<SimulatedEventType, List<SimulatedEvent>> lists = new HashMap<>();
        for (SimulatedEventType type : SimulatedEventType.values()) {
            List<SimulatedEvent> events = sim.events(SimulatedProduct.MS, type).stream()
                    .filter(e -> e.emailing().equals(mailing))
                    .toList();
            assertThat(events)
                    .extracting(e -> instant(sim, e))
                    .as(mailing + " " + type)
                    .allMatch(t -> !t.isBefore(sent) && !t.isAfter(now));
            lists.put(type, events);
        }
        Map<String, Instant> delivered = new HashMap<>();
        for (SimulatedEvent delivery : lists.get(SimulatedEventType.DELIVERIES)) {
            assertThat(delivered.put(delivery.destination(), instant(sim, delivery)))
                    .isNull();
            assertThat(Duration.between(sent, instant(sim, delivery))).isLessThan(Duration.ofMinutes(1));
        }
        Set<String> bounced = new HashSet<>();
        lists.get(SimulatedEventType.ERRORS).forEach(e -> bounced.add(e.destination()));
        assertThat(delivered.size() + bounced.size()).isLessThanOrEqualTo(campaign.recipients());
        assertThat(bounced).doesNotContainAnyElementsOf(delivered.keySet());

        Map<String, Instant> firstHumanOpen = new HashMap<>();
        List<SimulatedEvent> opens = lists.get(SimulatedEventType.IMPRESSIONS);
        for (SimulatedEvent open : opens) {
            Instant at = instant(sim, open);
            assertThat(delivered).as("opener " + open.destination()).containsKey(open.destination());
            assertThat(at).isAfter(delivered.get(open.destination()));
            boolean apple = open.text("ip").startsWith("17.");
            totals.open(apple);
            if (!apple) {
                firstHumanOpen.putIfAbsent(open.destination(), at);
            }
        }
        if (sent.isBefore(now.minus(Duration.ofDays(2)))) {
            long early = opens.stream()
                    .filter(o -> !instant(sim, o).isAfter(sent.plus(Duration.ofHours(6))))
                    .count();
            assertThat(2 * early).as(mailing + " opens in the first six hours").isGreaterThanOrEqualTo(opens.size());
        }
        Set<String> clickers = new HashSet<>();
        for (SimulatedEvent click : lists.get(SimulatedEventType.CLICKS)) {
            Instant at = instant(sim, click);
            assertThat(CopernicaSimulator.demoLinks()).contains(click.text("link"));
            if (kinds.get(click.id()).contains("SCANNER")) {
                assertThat(Duration.between(delivered.get(click.destination()), at))
                        .isLessThanOrEqualTo(Duration.ofMinutes(1));
            } else {
                assertThat(firstHumanOpen).containsKey(click.destination());
                assertThat(at).isAfter(firstHumanOpen.get(click.destination()));
                clickers.add(click.destination());
            }
        }
        totals.campaign(
                campaign.recipients(),
                bounced.size(),
                lists.get(SimulatedEventType.ERRORS).stream()
                        .filter(e -> e.text("errorcode").startsWith("5"))
                        .count(),
                lists.get(SimulatedEventType.UNSUBSCRIBES).size(),
                lists.get(SimulatedEventType.ABUSES).size(),
                firstHumanOpen.size(),
                clickers.size());
        lists.get(SimulatedEventType.UNSUBSCRIBES)
                .forEach(u -> assertThat(firstHumanOpen).containsKey(u.destination()));
        lists.get(SimulatedEventType.ABUSES).forEach(a -> assertThat(delivered).containsKey(a.destination()));
    }

    private static Instant instant(CopernicaSimulator sim, SimulatedEvent event) {
        return event.timestamp().atZone(sim.zone()).toInstant();
    }

    /** The shares over the whole demo, in generous bands around the model's targets. */
    static final class Totals {
        long recipients;
        long bounced;
        long hard;
        long unsubscribed;
        long complained;
        long humanOpeners;
        long clickers;
        long opens;
        long appleOpens;

        void open(boolean apple) {
            opens++;
            appleOpens += apple ? 1 : 0;
        }

        void campaign(
                long recipients,
                long bounced,
                long hard,
                long unsubscribed,
                long complained,
                long openers,
                long clickers) {
            this.recipients += recipients;
            this.bounced += bounced;
            this.hard += hard;
            this.unsubscribed += unsubscribed;
            this.complained += complained;
            this.humanOpeners += openers;
            this.clickers += clickers;
        }

        void assertShares(boolean complaints) {
            assertThat((double) bounced / recipients).as("bounces").isBetween(0.004, 0.02);
            assertThat(hard).as("hard bounces").isPositive().isLessThan(bounced);
            assertThat((double) unsubscribed / recipients).as("unsubscribes").isBetween(0.001, 0.004);
            if (complaints) {
                assertThat(complained).as("complaints").isPositive();
                assertThat((double) complained / recipients).as("complaints").isLessThan(0.001);
            }
            assertThat((double) appleOpens / opens).as("Apple proxy opens").isBetween(0.35, 0.65);
            assertThat((double) clickers / humanOpeners)
                    .as("clickers among people who opened")
                    .isBetween(0.08, 0.25);
        }
    }
}
