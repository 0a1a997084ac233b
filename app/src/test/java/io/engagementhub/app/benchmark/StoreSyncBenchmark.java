package io.engagementhub.app.benchmark;

import io.engagementhub.adapter.copernica.CopernicaEngagementSource;
import io.engagementhub.adapter.copernica.CopernicaOptions;
import io.engagementhub.adapter.copernica.CopernicaSettings;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: the end-to-end comparison of issue 12. The sandbox's Copernica simulator serves
 * {@code benchmark.events} Marketing Suite clicks (default 300,000); in one run, per database, the
 * floor ({@link CopernicaFloor}) reads and stores them, then the service's sync engine with the
 * Copernica adapter and the jOOQ store does, then the floor again. Prints events/s, the ratio to the
 * mean of the two floor runs, bytes per event on disk for both, and the JVM's peak RSS. Run with
 *
 * <pre>
 * ./mvnw -B -q -pl app -am verify -Pbenchmark -DskipTests -Dexec.skip=true -Dbenchmark.events=300000
 * </pre>
 *
 * ({@code -Dbenchmark.targets=h2} or {@code postgres} for one database).
 */
public final class StoreSyncBenchmark {

    private static final String ACCOUNT = "bench";
    private static final int PAGE = 1000;

    private StoreSyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("benchmark.events", 300_000);
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
        Files.createDirectories(dir);
        try (CopernicaSimulator sim = clicks(events)) {
            print("simulator: MS clicks", String.format(Locale.ROOT, "%,d", events));
            for (String target :
                    System.getProperty("benchmark.targets", "h2,postgres").split(",")) {
                compare(sim, target.trim(), dir, events);
            }
        }
    }

    /** A simulator serving {@code events} Marketing Suite clicks spread over the default two weeks. */
    static CopernicaSimulator clicks(int events) {
        CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(0, 12));
        Duration spread = Duration.between(CopernicaDataSet.DEFAULT_FROM, CopernicaDataSet.DEFAULT_TO);
        for (int i = 0; i < events; i++) {
            sim.append(
                    SimulatedProduct.MS,
                    SimulatedEventType.CLICKS,
                    1,
                    CopernicaDataSet.DEFAULT_FROM.plus(spread.multipliedBy(i).dividedBy(events)));
        }
        return sim;
    }

    private static void compare(CopernicaSimulator sim, String target, Path dir, int events) throws Exception {
        String tag = target + "_" + System.currentTimeMillis();
        Leg before = floor(sim, target, dir, tag + "_floor1");
        Leg service = service(sim, target, dir, tag + "_service");
        Leg after = floor(sim, target, dir, tag + "_floor2");
        double floorRate = (before.rate() + after.rate()) / 2;
        print(target + " floor before", before.describe());
        print(target + " service", service.describe());
        print(target + " floor after", after.describe());
        print(
                target + " service / floor",
                String.format(
                        Locale.ROOT,
                        "%.2f (floor before %.2f, after %.2f)",
                        service.rate() / floorRate,
                        service.rate() / before.rate(),
                        service.rate() / after.rate()));
        print(target + " peak RSS of this JVM (simulator included)", peakRss());
    }

    private static Leg floor(CopernicaSimulator sim, String target, Path dir, String name) throws Exception {
        try (BenchDatabase database = BenchDatabase.open(target, dir, name)) {
            CopernicaFloor.createTable(database.dataSource());
            CopernicaFloor floor = new CopernicaFloor(sim.baseUrl(), sim.accessToken(), sim.zone());
            long started = System.nanoTime();
            long stored = floor.run(database.dataSource(), ACCOUNT, PAGE);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Leg(stored, seconds, database.bytesOnDisk());
        }
    }

    private static Leg service(CopernicaSimulator sim, String target, Path dir, String name) throws Exception {
        try (BenchDatabase database = BenchDatabase.open(target, dir, name)) {
            PersistenceStores stores = Persistence.create(database.dataSource(), PersistenceSettings.unencrypted());
            Clock clock = Clock.fixed(CopernicaDataSet.DEFAULT_TO.plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
            CopernicaSettings settings = CopernicaSettings.of(ACCOUNT, sim.baseUrl(), sim.accessToken())
                    .withZone(sim.zone())
                    .withOptions(CopernicaOptions.DEFAULTS.withPageSize(PAGE));
            try (CopernicaEngagementSource source = CopernicaEngagementSource.create(settings, clock)) {
                SyncService sync = new SyncService(
                        EngagementSources.of(Map.of(ACCOUNT, source)), stores.sync(), clock, SyncSettings.DEFAULTS);
                long started = System.nanoTime();
                SyncRun run = sync.sync(ACCOUNT, StopSignal.NEVER);
                double seconds = (System.nanoTime() - started) / 1e9;
                print(
                        target + " service sync",
                        run.status() + ", " + run.figures().requests() + " requests");
                return new Leg(run.figures().eventsStored(), seconds, database.bytesOnDisk());
            }
        }
    }

    private static String peakRss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring("VmHWM:".length()).trim();
            }
        }
        return "unknown";
    }

    private static void print(String what, Object value) {
        System.out.printf(Locale.ROOT, "%-48s %s%n", what, value);
    }

    private record Leg(long events, double seconds, long bytes) {

        double rate() {
            return events / seconds;
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%,d events in %.1f s = %,.0f events/s, %,d bytes on disk = %,.0f bytes/event",
                    events,
                    seconds,
                    rate(),
                    bytes,
                    (double) bytes / events);
        }
    }
}
