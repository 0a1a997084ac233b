package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEvent;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The completeness check against the providers' own totals, through the service on the database a
 * subclass gives: events a provider counts but withholds from its lists read as missing with exact
 * counts per type; released late with their old times (behind every checkpoint) they are stored by
 * the repair re-read, once; a total below ours is AHEAD and not repaired; a type without a total is
 * UNKNOWN. Grace and repair interval are zero here, so a sync repairs at once (their timing is the
 * domain's tests' business).
 */
abstract class ReconciliationBehaviour extends ServiceOnSimulators {

    static final String TOKEN = "reconciliation-token-" + UUID.randomUUID();

    static String behind;
    static String ahead;
    static String unknown;
    static List<SimulatedEvent> withheldCopernica;
    static String activity;
    static List<ConstantContactSimEvent> withheldConstantContact;

    /** Starts the simulators, makes them disagree with their lists, and starts the service on the database given. */
    static void startService(String databaseUrl, String user) {
        Instant now = Instant.now();
        copernica = CopernicaSimulator.start(
                new CopernicaDataSet(1_200, 3, now.minus(Duration.ofDays(10)), now.minus(Duration.ofHours(2)), 11L));
        List<String> mailings = copernica.mailings();
        behind = mailings.get(0);
        ahead = mailings.get(1);
        unknown = mailings.get(2);
        withheldCopernica =
                new ArrayList<>(copernica.withhold(SimulatedProduct.MS, SimulatedEventType.IMPRESSIONS, behind, 4));
        withheldCopernica.addAll(copernica.withhold(SimulatedProduct.MS, SimulatedEventType.CLICKS, behind, 2));
        long aheadImpressions = copernica.events(SimulatedProduct.MS, SimulatedEventType.IMPRESSIONS).stream()
                .filter(e -> e.emailing().equals(ahead))
                .count();
        copernica.restateStatistics(SimulatedProduct.MS, SimulatedEventType.IMPRESSIONS, ahead, aheadImpressions - 3);
        copernica.dropStatistics(SimulatedProduct.MS, SimulatedEventType.CLICKS, unknown);

        constantContact = ConstantContactSimulator.start(ConstantContactDataSet.small(), Clock.systemUTC());
        activity = constantContact.events().stream()
                .filter(e -> e.report() == ConstantContactSimReport.OPENS)
                .map(ConstantContactSimEvent::activityId)
                .findFirst()
                .orElseThrow();
        withheldConstantContact = constantContact.withhold(activity, ConstantContactSimReport.OPENS, 3);

        Map<String, Object> properties = ServiceProperties.of(TOKEN, databaseUrl);
        properties.put("datasources.default.username", user);
        properties.put("engagement.reconciliation.grace", "0s");
        properties.put("engagement.reconciliation.repair-every", "0s");
        properties.putAll(DemoMode.copernicaAccount(COPERNICA, copernica));
        properties.putAll(DemoMode.constantContactAccount(CONSTANT_CONTACT, constantContact));
        runService(TOKEN, properties);
    }

    @Test
    void copernicaEventsCountedButNotListedAreMissingThenRepairedOnceWhenListedLate() {
        Map<String, Object> first = syncAndRepair(COPERNICA, behind, null);
        assertThat(first.get("status")).isEqualTo("SUCCEEDED");

        Map<String, Object> gap = reconciliation(COPERNICA, behind);
        assertThat(gap.get("status")).isEqualTo("BEHIND");
        assertThat(type(gap, "OPENED")).containsEntry("measure", "total").containsEntry("missing", 4);
        assertThat(type(gap, "CLICKED")).containsEntry("measure", "total").containsEntry("missing", 2);
        assertThat((String) gap.get("reason")).contains("lists do not hold");
        assertThat(repairRuns(COPERNICA, behind)).as("one repair, no loop").hasSize(1);
        assertThat(listedStatus(COPERNICA, behind)).isEqualTo("BEHIND");
        awaitMissingEvents(COPERNICA, "6.0");

        for (SimulatedEvent e : List.copyOf(withheldCopernica)) {
            copernica.release(e.product(), e.type(), e.emailing());
        }
        Map<String, Object> regular = syncAndRepair(COPERNICA, behind, (String) gap.get("repairedAt"));

        assertThat(number(regular, "eventsStored"))
                .as("behind the checkpoints: a regular sync misses them")
                .isZero();
        List<Map<String, Object>> repairs = repairRuns(COPERNICA, behind);
        assertThat(repairs).hasSize(2);
        assertThat(number(repairs.get(0), "eventsStored")).isEqualTo(6);
        Map<String, Object> repaired = reconciliation(COPERNICA, behind);
        assertThat(repaired.get("status")).isEqualTo("COMPLETE");
        assertThat(type(repaired, "OPENED")).containsEntry("missing", 0);
        assertThat(stored(COPERNICA))
                .as("every event once")
                .isEqualTo(copernica.events().size());
        awaitMissingEvents(COPERNICA, "0.0");

        Map<String, Object> restated = reconciliation(COPERNICA, ahead);
        assertThat(restated.get("status")).isEqualTo("AHEAD");
        assertThat(type(restated, "OPENED")).containsEntry("missing", -3);
        assertThat(repairRuns(COPERNICA, ahead)).isEmpty();

        Map<String, Object> noTotal = reconciliation(COPERNICA, unknown);
        assertThat(type(noTotal, "CLICKED")).containsEntry("status", "UNKNOWN").containsEntry("missing", null);
        assertThat(noTotal.get("status")).isEqualTo("COMPLETE");
        assertThat(repairRuns(COPERNICA, unknown)).isEmpty();
    }

    @Test
    void constantContactOpensCountedButNotReportedAreRepairedOnceWhenReportedLate() {
        syncAndRepair(CONSTANT_CONTACT, activity, null);
        Map<String, Object> gap = reconciliation(CONSTANT_CONTACT, activity);
        assertThat(gap.get("status")).isEqualTo("BEHIND");
        assertThat(type(gap, "OPENED")).containsEntry("missing", 3);

        constantContact.release(activity, ConstantContactSimReport.OPENS);
        Map<String, Object> regular = syncAndRepair(CONSTANT_CONTACT, activity, (String) gap.get("repairedAt"));

        assertThat(number(regular, "eventsStored")).isZero();
        assertThat(reconciliation(CONSTANT_CONTACT, activity).get("status")).isEqualTo("COMPLETE");
        Map<String, Object> stats = api.get(
                        "/api/v1/accounts/" + CONSTANT_CONTACT + "/campaigns/" + activity + "/stats")
                .json();
        long opens = constantContact.events().stream()
                .filter(e -> e.activityId().equals(activity) && e.report() == ConstantContactSimReport.OPENS)
                .count();
        assertThat(number(opened(stats), "total")).as("every open once").isEqualTo(opens);
        assertThat(number(stats, "delivered"))
                .as("sent less bounced")
                .isEqualTo(number(stats, "sent") - number(stats, "bounced"));
    }

    @Test
    void aCampaignNeverCheckedHasNoReconciliationAndAnUnknownAccountIsNotFound() {
        ApiClient.Response never = api.get("/api/v1/accounts/" + COPERNICA + "/campaigns/999999/reconciliation");
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.body()).contains("has not been checked");
        assertThat(api.get("/api/v1/accounts/nobody/campaigns/1/reconciliation").status())
                .isEqualTo(404);
    }

    /** Syncs, then waits until the campaign's repair (if one follows) has finished, boundedly. */
    private static Map<String, Object> syncAndRepair(String account, String campaign, String repairedBefore) {
        Map<String, Object> run = api.syncToTheEnd(account, Duration.ofMinutes(2));
        waitFor("the repair of campaign " + campaign + " finished", Duration.ofMinutes(2), Duration.ofMillis(200))
                .until(() -> {
                    ApiClient.Response check =
                            api.get("/api/v1/accounts/" + account + "/campaigns/" + campaign + "/reconciliation");
                    boolean repaired = check.status() == 200
                            && check.json().get("repairedAt") != null
                            && !Objects.equals(check.json().get("repairedAt"), repairedBefore);
                    boolean settled = check.status() == 200
                            && !"BEHIND".equals(check.json().get("status"));
                    return (repaired || settled)
                            && runs(account).stream().noneMatch(r -> "RUNNING".equals(r.get("status")));
                });
        return run;
    }

    /** The account's missing-events gauge shows {@code figure}: it is read again after each sync. */
    private static void awaitMissingEvents(String account, String figure) {
        String line = "engagement_reconciliation_missing_events{account=\"" + account + "\"} " + figure;
        waitFor("'" + line + "' in /prometheus", Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(() -> api.getText("/prometheus").contains(line));
    }

    private static List<Map<String, Object>> runs(String account) {
        return api.getList("/api/v1/accounts/" + account + "/syncs?limit=100");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> repairRuns(String account, String campaign) {
        return runs(account).stream()
                .filter(r -> r.get("target") instanceof Map<?, ?> target
                        && Boolean.TRUE.equals(target.get("repair"))
                        && campaign.equals(((Map<String, Object>) target).get("campaign")))
                .toList();
    }

    private static Map<String, Object> reconciliation(String account, String campaign) {
        ApiClient.Response response =
                api.get("/api/v1/accounts/" + account + "/campaigns/" + campaign + "/reconciliation");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> type(Map<String, Object> check, String type) {
        return (Map<String, Object>) ((Map<String, Object>) check.get("types")).get(type);
    }

    @SuppressWarnings("unchecked")
    private static String listedStatus(String account, String campaign) {
        Map<String, Object> page =
                api.get("/api/v1/accounts/" + account + "/campaigns?limit=500").json();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream()
                        .filter(c -> campaign.equals(c.get("campaignId")))
                        .map(c -> (String) c.get("reconciliation"))
                        .findFirst()
                        .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> opened(Map<String, Object> stats) {
        return (Map<String, Object>) stats.get("opened");
    }

    private static long stored(String account) {
        return api.allEvents("account=" + account).size();
    }

    @SuppressWarnings("unchecked")
    private static long number(Map<String, Object> map, String key) {
        Object value = map.containsKey(key) ? map.get(key) : ((Map<String, Object>) map.get("figures")).get(key);
        return ((Number) value).longValue();
    }
}
