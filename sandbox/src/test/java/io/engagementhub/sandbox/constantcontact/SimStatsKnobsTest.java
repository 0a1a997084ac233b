package io.engagementhub.sandbox.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The knobs that make the activity stats differ from the tracking reports. */
class SimStatsKnobsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));

    @AutoClose
    private final ConstantContactSimulator sim = ConstantContactSimulator.start(ConstantContactDataSet.small(), clock);

    private final SimClient client = new SimClient(sim);
    private String activity;

    @BeforeEach
    void login() {
        client.login();
        activity = sim.campaigns().stream()
                .filter(c -> c.status().equals("Done"))
                .findFirst()
                .orElseThrow()
                .activities()
                .get(0)
                .id();
    }

    private String stats() {
        return client.get("/v3/reports/stats/email_campaign_activities/" + activity)
                .body();
    }

    private static Integer stat(String body, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([0-9]+)").matcher(body);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private List<String> listed(ConstantContactSimReport report) {
        String body = client.get("/v3/reports/email_reports/" + activity + "/tracking/" + report.path() + "?limit=500")
                .body();
        return Pattern.compile("\"created_time\":\"[^\"]+\"")
                .matcher(body)
                .results()
                .map(m -> m.group())
                .toList();
    }

    private long rows(ConstantContactSimReport report) {
        return sim.events().stream()
                .filter(e -> e.activityId().equals(activity) && e.report() == report)
                .count();
    }

    @Test
    void statsCountBouncesPerReasonAsUniqueContacts() {
        long vacation = sim.events().stream()
                .filter(e -> e.activityId().equals(activity) && "V".equals(e.bounceCode()))
                .map(ConstantContactSimEvent::contactId)
                .distinct()
                .count();

        assertThat(stat(stats(), "em_bounces_vacation")).isEqualTo((int) vacation);
    }

    @Test
    void withheldRowsLeaveTheReportButStayInTheStatsAndComeBackOnRelease() {
        long opens = rows(ConstantContactSimReport.OPENS);
        List<String> before = listed(ConstantContactSimReport.OPENS);

        List<ConstantContactSimEvent> held = sim.withhold(activity, ConstantContactSimReport.OPENS, 2);

        assertThat(held).hasSize(2).allMatch(e -> e.report() == ConstantContactSimReport.OPENS);
        assertThat(listed(ConstantContactSimReport.OPENS)).hasSize(before.size() - 2);
        assertThat(stat(stats(), "em_opens_all")).isEqualTo((int) opens);
        assertThat(sim.events()).containsAll(held);

        assertThat(sim.release(activity, ConstantContactSimReport.OPENS)).containsExactlyElementsOf(held);
        assertThat(listed(ConstantContactSimReport.OPENS)).isEqualTo(before);
    }

    @Test
    void withheldRowsAreTheOldestSoTheNewestPageIsUnchanged() {
        List<String> before = listed(ConstantContactSimReport.CLICKS);

        sim.withhold(activity, ConstantContactSimReport.CLICKS, 3);

        assertThat(listed(ConstantContactSimReport.CLICKS)).isEqualTo(before.subList(0, before.size() - 3));
    }

    @Test
    void restatedStatsAnswerTheGivenCountForUniqueAndAll() {
        long clicks = rows(ConstantContactSimReport.CLICKS);

        sim.restateStats(activity, ConstantContactSimReport.CLICKS, (int) clicks - 1);

        String body = stats();
        assertThat(stat(body, "em_clicks_all")).isEqualTo((int) clicks - 1);
        assertThat(stat(body, "em_clicks")).isEqualTo((int) clicks - 1);
        assertThat(listed(ConstantContactSimReport.CLICKS)).hasSize((int) clicks);
    }

    @Test
    void droppedStatsLeaveTheReportsKeysOut() {
        sim.dropStats(activity, ConstantContactSimReport.FORWARDS);
        sim.dropStats(activity, ConstantContactSimReport.OPENS);

        String body = stats();
        assertThat(body).doesNotContain("\"em_forwards\"", "\"em_opens\"", "\"em_opens_all\"");
        assertThat(stat(body, "em_sends")).isPositive();
    }
}
