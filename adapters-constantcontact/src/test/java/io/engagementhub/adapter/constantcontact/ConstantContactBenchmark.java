package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimActivity;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Requests used by syncs of an account with 200 sent activities: full, no-change, no-change after
 * a restart, and incremental after 1,000 new clicks on 5 activities. Not a test; run with {@code
 * ./mvnw -B -q -pl adapters-constantcontact -am test -Pbenchmark -DskipTests}.
 */
public final class ConstantContactBenchmark {

    private ConstantContactBenchmark() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        ConstantContactDataSet data = ConstantContactDataSet.small()
                .withCampaigns(200)
                .withResendEvery(0)
                .withRows(ConstantContactSimReport.SENDS, 50)
                .withRows(ConstantContactSimReport.OPENS, 40)
                .withRows(ConstantContactSimReport.CLICKS, 30);
        try (SimulatedAccount account = new SimulatedAccount(data)) {
            report(out, "full sync", account, account.sync());
            report(out, "no-change re-sync", account, account.sync());
            account.restart();
            report(out, "no-change re-sync after restart", account, account.sync());
            List<ConstantContactSimActivity> activities =
                    account.sentActivities().stream().limit(5).toList();
            account.clock.advance(Duration.ofHours(1));
            activities.forEach(a -> account.sim.append(a.id(), ConstantContactSimReport.CLICKS, 200));
            report(out, "incremental after 1,000 clicks on 5 activities", account, account.sync());
            out.printf(
                    "events held by the simulator: %d, stored: %d%n",
                    account.sim.events().size(), account.events.size());
        }
    }

    private static void report(PrintStream out, String what, SimulatedAccount account, SyncRun run) {
        long api = account.apiRequests();
        long tracking = account.trackingRequests();
        long tokens = account.sim.server().requests("/oauth2/default/v1/token");
        out.printf(
                "%-48s status=%s api=%d (tracking=%d) token=%d stored=%d; at 3.3 req/s ≈ %.0f s%n",
                what, run.status(), api, tracking, tokens, run.figures().eventsStored(), api / 3.33);
        account.sim.server().resetCounts();
    }
}
