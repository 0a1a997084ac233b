package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import java.time.Duration;

/**
 * Not a test: measures a full sync of a simulated account into the in-memory store, and the
 * no-change re-sync after it, in the same source and in a new one (as after a restart). Run with
 * {@code ./mvnw -B -q -pl adapters-copernica -am test -Pbenchmark -DskipTests} (add {@code
 * -Dexec.args=N} for another size than 100,000 events).
 */
public final class CopernicaSyncBenchmark {

    private CopernicaSyncBenchmark() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (SimulatedAccount account = SimulatedAccount.start(CopernicaDataSet.of(events, 2024), 1000)) {
            long started = System.nanoTime();
            SyncRun full = account.syncOnce();
            double seconds = (System.nanoTime() - started) / 1e9;
            account.clock.advance(Duration.ofMinutes(15));
            SyncRun again = account.syncOnce();
            account.clock.advance(Duration.ofMinutes(15));
            SyncRun restarted = account.syncOnceAfterRestart();
            print("events in the simulator", account.sim.events().size());
            print("full sync: status", full.status());
            print("full sync: events stored", full.figures().eventsStored());
            print("full sync: requests", full.figures().requests());
            print("full sync: seconds", String.format("%.2f", seconds));
            print("full sync: events/s", String.format("%.0f", full.figures().eventsStored() / seconds));
            print("no-change re-sync: requests", again.figures().requests());
            print("no-change re-sync: events stored", again.figures().eventsStored());
            print(
                    "no-change re-sync after a restart: requests",
                    restarted.figures().requests());
            print(
                    "no-change re-sync after a restart: events stored",
                    restarted.figures().eventsStored());
        }
    }

    private static void print(String what, Object value) {
        System.out.printf("%-48s %s%n", what, value);
    }
}
