package io.engagementhub.sandbox.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConstantContactSimulatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));

    @AutoClose
    private final ConstantContactSimulator sim = ConstantContactSimulator.start(ConstantContactDataSet.small(), clock);

    private final SimClient client = new SimClient(sim);

    @Test
    void rotatingRefreshInvalidatesEveryEarlierToken() {
        String first = sim.initialRefreshToken();
        HttpResponse<String> granted = client.refresh(first);
        assertThat(granted.statusCode()).isEqualTo(200);
        String second = SimClient.field(granted.body(), "refresh_token");
        assertThat(second).isNotEqualTo(first);
        assertThat(SimClient.field(granted.body(), "token_type")).isEqualTo("Bearer");
        assertThat(granted.body()).contains("\"expires_in\":", "\"scope\":");

        HttpResponse<String> reused = client.refresh(first);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(SimClient.field(reused.body(), "error")).isEqualTo("invalid_grant");
        assertThat(client.refresh(second).statusCode()).isEqualTo(200);
    }

    @Test
    void longLivedRefreshTokensStayTheSame() {
        sim.rotateRefreshTokens(false);
        String token = sim.initialRefreshToken();
        assertThat(SimClient.field(client.refresh(token).body(), "refresh_token"))
                .isEqualTo(token);
        assertThat(client.refresh(token).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredAccessTokenIsRefusedWithASingleErrorObject() {
        sim.accessTokenExpiry(Duration.ofSeconds(60), 0);
        client.login();
        assertThat(client.get("/v3/emails").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> refused = client.get("/v3/emails");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"error_key\":\"unauthorized\",\"error_message\":\"Unauthorized\"}");
    }

    @Test
    void accessTokenExpiresAfterItsRequestBudget() {
        sim.accessTokenExpiry(Duration.ofHours(1), 2);
        client.login();
        assertThat(client.get("/v3/emails").statusCode()).isEqualTo(200);
        assertThat(client.get("/v3/emails").statusCode()).isEqualTo(200);
        assertThat(client.get("/v3/emails").statusCode()).isEqualTo(401);
    }

    @Test
    void trackingReportPagesNewestFirstUntilTheLastPageHasNoNextLink() {
        client.login();
        ConstantContactSimActivity activity = firstPrimary();
        List<String> times = new ArrayList<>();
        String path = "/v3/reports/email_reports/" + activity.id() + "/tracking/clicks?limit=10";
        int pages = 0;
        while (path != null && pages++ < 20) {
            HttpResponse<String> page = client.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            var m = Pattern.compile("\"created_time\":\"([^\"]+)\"").matcher(page.body());
            while (m.find()) {
                times.add(m.group(1));
            }
            path = SimClient.field(page.body(), "href");
        }
        long expected = sim.events().stream()
                .filter(e -> e.activityId().equals(activity.id()) && e.report() == ConstantContactSimReport.CLICKS)
                .count();
        assertThat(times).hasSize((int) expected);
        List<Instant> instants = times.stream().map(Instant::parse).toList();
        assertThat(instants).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(times).anyMatch(t -> t.endsWith(":00Z")).anyMatch(t -> t.endsWith(".000Z"));
    }

    @Test
    void offsetCursorsShiftWhenRowsArriveBetweenPagesAndStableOnesDoNot() {
        client.login();
        ConstantContactSimActivity activity = firstPrimary();

        List<List<String>> stable = twoPagesWithTwoRowsArrivingBetween(activity);
        sim.offsetCursors(true);
        List<List<String>> shifted = twoPagesWithTwoRowsArrivingBetween(activity);

        assertThat(stable.get(1)).hasSize(10).doesNotContainAnyElementsOf(stable.get(0));
        assertThat(shifted.get(1))
                .as("the offset cursor's page starts two rows early: it repeats the last two rows of page 1")
                .hasSize(10)
                .startsWith(shifted.get(0).get(8), shifted.get(0).get(9));
    }

    /** Pages 1 and 2 of the clicks, 10 rows a page, when two clicks arrive after page 1. */
    private List<List<String>> twoPagesWithTwoRowsArrivingBetween(ConstantContactSimActivity activity) {
        String body = client.get("/v3/reports/email_reports/" + activity.id() + "/tracking/clicks?limit=10")
                .body();
        sim.append(activity.id(), ConstantContactSimReport.CLICKS, 2);
        return List.of(
                rows(body), rows(client.get(SimClient.field(body, "href")).body()));
    }

    private static List<String> rows(String body) {
        List<String> rows = new ArrayList<>();
        var m = Pattern.compile("\\{[^{}]*\"contact_id\":\"([^\"]+)\"[^{}]*\"created_time\":\"([^\"]+)\"[^{}]*}")
                .matcher(body);
        while (m.find()) {
            rows.add(m.group(0));
        }
        return rows;
    }

    @Test
    void seededDataHasIdenticalClicksInTheSameMinute() {
        Map<ConstantContactSimEvent, Long> counts = sim.events().stream()
                .filter(e -> e.report() == ConstantContactSimReport.CLICKS)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.values()).anyMatch(n -> n >= 2);
    }

    @Test
    void statsAgreeWithTheReportsAndNeverSentActivitiesAreErrors() {
        client.login();
        ConstantContactSimActivity sent = firstPrimary();
        ConstantContactSimActivity draft = sim.campaigns().stream()
                .filter(c -> c.status().equals("Draft"))
                .findFirst()
                .orElseThrow()
                .activities()
                .get(0);
        String body = client.get("/v3/reports/stats/email_campaign_activities/" + sent.id() + "," + draft.id())
                .body();
        long clicks = sim.events().stream()
                .filter(e -> e.activityId().equals(sent.id()) && e.report() == ConstantContactSimReport.CLICKS)
                .count();
        assertThat(body).contains("\"em_clicks_all\":" + clicks, "No stats for " + draft.id());
        HttpResponse<String> empty = client.get("/v3/reports/email_reports/" + draft.id() + "/tracking/opens");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("\"tracking_activities\":[]");
    }

    @Test
    void filtersClicksByUrlIdAndBouncesByRepeatedCodes() {
        client.login();
        ConstantContactSimActivity activity = firstPrimary();
        String clicks = client.get(
                        "/v3/reports/email_reports/" + activity.id() + "/tracking/clicks?url_id=1100407204170")
                .body();
        assertThat(SimClient.count(clicks, "\"url_id\"")).isEqualTo(SimClient.count(clicks, "1100407204170"));
        String base = "/v3/reports/email_reports/" + activity.id() + "/tracking/bounces";
        assertThat(client.get(base + "?bounce_code=Q").statusCode()).isEqualTo(400);
        String bounces = client.get(base + "?bounce_code=B&bounce_code=D").body();
        assertThat(bounces).doesNotContain("\"bounce_code\":\"V\"", "\"bounce_code\":\"Z\"");
    }

    @Test
    void moreThanFourRequestsInASecondAreThrottled() {
        client.login();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(client.get("/v3/emails").statusCode());
        }
        assertThat(statuses).contains(429);
        assertThat(sim.peakRequestsPerSecond()).isGreaterThan(4);
    }

    @Test
    void dailyQuotaHoldsUntilUtcMidnight() {
        sim.dailyQuota(1);
        client.login();
        assertThat(client.get("/v3/emails").statusCode()).isEqualTo(200);
        HttpResponse<String> over = client.get("/v3/emails");
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.body()).contains("quota_exceeded");
        clock.advance(Duration.ofHours(13).plusMinutes(45));
        assertThat(client.get("/v3/emails").statusCode()).isEqualTo(200);
    }

    private ConstantContactSimActivity firstPrimary() {
        return sim.campaigns().stream()
                .filter(c -> c.status().equals("Done"))
                .findFirst()
                .orElseThrow()
                .activities()
                .get(0);
    }
}
