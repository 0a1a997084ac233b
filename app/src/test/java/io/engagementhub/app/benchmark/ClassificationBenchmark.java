package io.engagementhub.app.benchmark;

import static io.engagementhub.app.Waiting.waitFor;

import io.engagementhub.adapter.classification.AppleProxyRanges;
import io.engagementhub.adapter.classification.ConfiguredRanges;
import io.engagementhub.adapter.classification.UapUserAgentParser;
import io.engagementhub.adapter.copernica.CopernicaEngagementSource;
import io.engagementhub.adapter.copernica.CopernicaReadSettings;
import io.engagementhub.adapter.copernica.CopernicaSettings;
import io.engagementhub.adapter.persistence.BenchmarkDatabase;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.service.MachineClassifier;
import io.engagementhub.domain.service.MachineRules;
import io.engagementhub.domain.service.PageClassification;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: measures what telling machine events from people's costs in throughput, start-up
 * time and memory. Classification throughput with a warm parser cache and with every user agent
 * distinct; the cost classification adds to a full Copernica sync into H2 (sync
 * throughput with and without it, alternating, in one run); the packaged service's start-up time and RSS with
 * classification (its rules loaded) and without; the heap the parser's rules keep. Run with
 *
 * <pre>
 * ./mvnw -B -q -pl app -am verify -Pbenchmark -DskipTests -Dexec.skip=true \
 *     -Dbenchmark.main=io.engagementhub.app.benchmark.ClassificationBenchmark
 * </pre>
 *
 * ({@code -Dbenchmark.events=N} for the sync's size, default 50,000).
 */
public final class ClassificationBenchmark {

    private static final String ACCOUNT = "bench";
    private static final List<String> AGENTS = List.of(
            "Mozilla/5.0",
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Thunderbird/115.6.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0"
                    + " Safari/537.36",
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
            "Mozilla/5.0 (compatible; BarracudaCentral/1.0; +http://www.barracudacentral.org)");

    private ClassificationBenchmark() {}

    public static void main(String[] args) throws Exception {
        long heapBefore = liveHeap();
        long loadStarted = System.nanoTime();
        UapUserAgentParser parser =
                UapUserAgentParser.loadingInBackground(10_000).awaitLoaded();
        print(
                "user-agent rules loaded (" + parser.version() + ")",
                String.format(Locale.ROOT, "%.2f s", seconds(loadStarted)));
        print("heap the loaded rules keep", String.format(Locale.ROOT, "%.1f MB", (liveHeap() - heapBefore) / 1e6));
        MachineClassifier classifier = new MachineClassifier(
                MachineRules.DEFAULTS, parser, AppleProxyRanges.builtIn(), ConfiguredRanges.of(List.of()));
        throughput(classifier);
        print(
                "heap the parser keeps, its cache full (10,000 agents)",
                String.format(Locale.ROOT, "%.1f MB", (liveHeap() - heapBefore) / 1e6));
        syncCost(classifier, Integer.getInteger("benchmark.events", 50_000));
        for (boolean enabled : new boolean[] {false, true}) {
            service(enabled);
        }
    }

    private static void throughput(MachineClassifier classifier) {
        List<EngagementEvent> warm = opens(200_000, i -> AGENTS.get(i % AGENTS.size()));
        classifyInPages(classifier, warm);
        long started = System.nanoTime();
        classifyInPages(classifier, warm);
        print("classification, warm cache (7 agents)", rate(warm.size(), started));
        List<EngagementEvent> distinct = opens(
                20_000,
                i -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
                        + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0." + i + ".71 Safari/537.36");
        started = System.nanoTime();
        classifyInPages(classifier, distinct);
        print("classification, every agent distinct", rate(distinct.size(), started));
    }

    private static void classifyInPages(MachineClassifier classifier, List<EngagementEvent> events) {
        for (int from = 0; from < events.size(); from += 1000) {
            classifier.classify(events.subList(from, Math.min(events.size(), from + 1000)));
        }
    }

    private interface AgentOf {
        String agent(int i);
    }

    private static List<EngagementEvent> opens(int count, AgentOf agents) {
        List<EngagementEvent> events = new ArrayList<>(count);
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < count; i++) {
            events.add(EngagementEvent.builder()
                    .id(EventId.of("bench", String.valueOf(i)))
                    .account(ACCOUNT)
                    .provider(Provider.COPERNICA)
                    .product("ms")
                    .type(i % 3 == 0 ? EngagementType.CLICKED : EngagementType.OPENED)
                    .link(
                            i % 3 == 0
                                    ? new io.engagementhub.domain.model.Link("https://example.org/" + i % 4, null, null)
                                    : null)
                    .occurredAt(t0.plusSeconds(i))
                    .campaignId("c" + i % 10)
                    .recipient(new Recipient("r" + i % 5000, null, null, null))
                    .client(new Client(
                            (i % 5 == 0 ? "17.0.0." : "83.161.20.") + i % 250,
                            agents.agent(i),
                            DeviceType.UNKNOWN,
                            null))
                    .build());
        }
        return events;
    }

    private static void syncCost(MachineClassifier classifier, int events) throws Exception {
        Path dir = Path.of(System.getProperty(
                "benchmark.dir", BenchmarkPaths.workDirectory().toString()));
        Files.createDirectories(dir);
        try (CopernicaSimulator sim = StoreSyncBenchmark.clicks(events, 5)) {
            String tag = "classify_" + System.currentTimeMillis();
            double[] plain = new double[2];
            double[] classified = new double[2];
            for (int round = 0; round < 2; round++) {
                plain[round] = sync(sim, dir, tag + "_plain" + round, null);
                classified[round] = sync(sim, dir, tag + "_classified" + round, classifier);
            }
            print(
                    "sync without classification (H2)",
                    String.format(Locale.ROOT, "%,.0f then %,.0f events/s", plain[0], plain[1]));
            print(
                    "sync with classification (H2)",
                    String.format(Locale.ROOT, "%,.0f then %,.0f events/s", classified[0], classified[1]));
            print("with / without, second round", String.format(Locale.ROOT, "%.2f", classified[1] / plain[1]));
        }
    }

    private static double sync(CopernicaSimulator sim, Path dir, String name, MachineClassifier classifier)
            throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.open("h2", dir, name)) {
            PersistenceStores stores = Persistence.create(database.dataSource(), PersistenceSettings.unencrypted());
            Clock clock = Clock.systemUTC();
            CopernicaSettings settings = CopernicaSettings.of(ACCOUNT, sim.baseUrl(), sim.accessToken())
                    .withZone(sim.zone())
                    .withReading(CopernicaReadSettings.DEFAULTS.withPageSize(1000));
            PageClassification pages = classifier == null
                    ? PageClassification.none()
                    : PageClassification.by(classifier, stores.classification());
            try (CopernicaEngagementSource source = CopernicaEngagementSource.create(settings, clock)) {
                SyncService sync = new SyncService(
                        EngagementSources.of(Map.of(ACCOUNT, source)),
                        stores.sync(),
                        clock,
                        SyncSettings.DEFAULTS,
                        pages);
                long started = System.nanoTime();
                SyncRun run = sync.sync(ACCOUNT, StopSignal.NEVER);
                return run.figures().eventsStored() / seconds(started);
            }
        }
    }

    /** Starts the packaged service, times it to a healthy answer, and reads its RSS once settled. */
    private static void service(boolean classification) throws Exception {
        Path jar =
                Path.of(System.getProperty("benchmark.jar", BenchmarkPaths.jar().toString()));
        if (!Files.exists(jar)) {
            print("service", jar + " missing: run the build with package first");
            return;
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("classification-bench", ".log");
        Process process = new ProcessBuilder(
                        "java",
                        "-jar",
                        jar.toString(),
                        "-micronaut.server.port=" + port,
                        "-engagement.sync.every=off",
                        "-engagement.classification.enabled=" + classification,
                        "-engagement.classification.first-check=0s",
                        "-datasources.default.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long started = System.nanoTime();
            ServiceJvm.awaitHealthy(process, port, Duration.ofSeconds(60));
            double startup = seconds(started);
            if (classification) {
                awaitLine(log, "User-agent parser (");
            }
            // A sleep, not a wait: RSS is read a fixed time after start-up, once it settled.
            Thread.sleep(3000);
            String what =
                    classification ? "service with classification (rules loaded)" : "service without classification";
            print(
                    what,
                    String.format(
                            Locale.ROOT,
                            "healthy after %.1f s, RSS %s",
                            startup,
                            ServiceJvm.statusKb(process.pid(), "VmRSS") + " kB"));
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static void awaitLine(Path log, String text) {
        waitFor("'" + text + "' in the service log", Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(() -> Files.readString(log).contains(text));
    }

    /** The heap's used bytes after full collections: what is reachable, give or take a little. */
    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100); // a sleep, not a wait: gives the collection a moment; nothing to poll
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String rate(int events, long startedNanos) {
        return String.format(Locale.ROOT, "%,.0f events/s", events / seconds(startedNanos));
    }

    private static void print(String what, Object value) {
        System.out.printf(Locale.ROOT, "%-48s %s%n", what, value);
    }
}
