package io.engagementhub.sandbox.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.demo.CampaignModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo campaigns as the Constant Contact simulator holds them follow the model a marketer knows. */
class ConstantContactDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-12T10:00:00Z", "2024-10-30T12:34:56Z"})
    void eachActivityFollowsTheCampaignModel(Instant now) {
        try (ConstantContactSimulator sim = ConstantContactSimulator.startDemo(Clock.fixed(now, ZoneOffset.UTC))) {
            List<ConstantContactSimulator.SeededRow> rows = sim.demoRows();
            assertThat(rows)
                    .extracting(ConstantContactSimulator.SeededRow::row)
                    .containsExactlyInAnyOrderElementsOf(sim.events());
            assertThat(rows).noneMatch(r -> r.kind().equals("COMPLAINT"));
            List<ConstantContactSimCampaign> campaigns = sim.campaigns();
            assertThat(campaigns).hasSameSizeAs(sim.demoCampaigns());
            long recipients = 0;
            long bounced = 0;
            long hard = 0;
            long optouts = 0;
            long opens = 0;
            long appleOpens = 0;
            long openers = 0;
            long clickers = 0;
            for (CampaignModel model : sim.demoCampaigns()) {
                ConstantContactSimCampaign campaign = campaigns.get(model.index());
                String activity = campaign.activities().get(0).id();
                Instant sent = model.sentAt();
                assertThat(campaign.lastSentDate()).contains(sent);
                assertThat(sent).isBetween(now.minus(Duration.ofDays(10)), now);
                List<ConstantContactSimulator.SeededRow> mine = rows.stream()
                        .filter(r -> r.row().activityId().equals(activity))
                        .toList();
                assertThat(mine).allSatisfy(r -> assertThat(r.row().createdTime())
                        .isBetween(sent, now.truncatedTo(ChronoUnit.MINUTES)));
                Set<String> sends = new HashSet<>();
                Set<String> bounces = new HashSet<>();
                Map<String, Instant> firstHumanOpen = new HashMap<>();
                Set<String> clicked = new HashSet<>();
                int early = 0;
                int campaignOpens = 0;
                for (ConstantContactSimulator.SeededRow r : mine) {
                    ConstantContactSimEvent row = r.row();
                    switch (row.report()) {
                        case SENDS -> {
                            assertThat(row.createdTime()).isEqualTo(sent);
                            assertThat(sends.add(row.contactId())).isTrue();
                        }
                        case BOUNCES -> {
                            assertThat(sends).contains(row.contactId());
                            bounces.add(row.contactId());
                            hard += row.bounceCode().equals("B") ? 1 : 0;
                        }
                        case OPENS -> {
                            assertThat(sends).contains(row.contactId());
                            assertThat(bounces).doesNotContain(row.contactId());
                            assertThat(row.createdTime()).isAfter(sent);
                            campaignOpens++;
                            early += row.createdTime().isAfter(sent.plus(Duration.ofHours(6))) ? 0 : 1;
                            if (r.kind().equals("APPLE_PROXY_OPEN")) {
                                appleOpens++;
                            } else {
                                firstHumanOpen.putIfAbsent(row.contactId(), row.createdTime());
                            }
                        }
                        case CLICKS -> {
                            if (r.kind().contains("SCANNER")) {
                                assertThat(row.createdTime()).isEqualTo(sent);
                            } else {
                                assertThat(firstHumanOpen).containsKey(row.contactId());
                                assertThat(row.createdTime()).isAfterOrEqualTo(firstHumanOpen.get(row.contactId()));
                                clicked.add(row.contactId());
                            }
                        }
                        case OPTOUTS -> {
                            assertThat(firstHumanOpen).containsKey(row.contactId());
                            optouts++;
                        }
                        case FORWARDS -> throw new AssertionError("the demo has no forwards");
                    }
                }
                assertThat(sends).hasSize(model.recipients());
                if (sent.isBefore(now.minus(Duration.ofDays(2)))) {
                    assertThat(2 * early).as("opens in the first six hours").isGreaterThanOrEqualTo(campaignOpens);
                }
                recipients += sends.size();
                bounced += bounces.size();
                opens += campaignOpens;
                openers += firstHumanOpen.size();
                clickers += clicked.size();
            }
            assertThat((double) bounced / recipients).as("bounces").isBetween(0.004, 0.02);
            assertThat(hard).as("hard bounces").isPositive().isLessThan(bounced);
            assertThat((double) optouts / recipients).as("opt-outs").isBetween(0.001, 0.004);
            assertThat((double) appleOpens / opens).as("Apple proxy opens").isBetween(0.35, 0.65);
            assertThat((double) clickers / openers)
                    .as("clickers among people who opened")
                    .isBetween(0.08, 0.25);
            assertThat(sim.demoCampaigns()).anyMatch(c -> c.sentAt().isAfter(now.minus(Duration.ofDays(1))));
        }
    }
}
