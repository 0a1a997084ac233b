package io.engagementhub.app.benchmark;

import io.engagementhub.adapter.persistence.BenchmarkDatabase;
import io.engagementhub.adapter.persistence.ContractFloor;
import io.engagementhub.adapter.persistence.FlatFloor;
import io.engagementhub.app.ApiClient;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.SimulatedEventType;
import io.engagementhub.sandbox.copernica.SimulatedProduct;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: measures how close a full sync through the packaged service comes to the floor of
 * merely reading and storing the same events. The sandbox's Copernica simulator serves
 * {@code benchmark.events} Marketing Suite clicks of one campaign (default 300,000; a comma-separated
 * list runs each size, e.g. {@code 300000,1000000} to see the memory stay flat). In one run, per size
 * and database: the floor ({@link CopernicaFloor} into {@link FlatFloor}) reads and stores them, the
 * same reading stores them through {@link ContractFloor} (the least plain program that keeps the
 * store's promises), then both floors again in a JVM with the service's settings ({@link
 * FloorProcess}), then the packaged service ({@code java -Xmx256m -jar}, classifier and all) syncs
 * them through its API into a fresh database, then the floor again. Prints events/s of each and the
 * ratios between them, bytes per event on disk (H2: the file once closed; PostgreSQL: {@code
 * pg_total_relation_size} of the tables, and per table and index of the service's store), the
 * service's peak RSS and heap, its shutdown time, and the first-call latency through the API of the
 * campaign's statistics and of first pages filtered by campaign, type, recipient, email and time
 * range. Run with
 *
 * <pre>
 * ./mvnw -B -q -pl app -am verify -Pbenchmark -DskipTests -Dexec.skip=true -Dbenchmark.events=300000
 * </pre>
 *
 * ({@code -Dbenchmark.targets=h2} or {@code postgres} for one database; {@code
 * -Dbenchmark.service-settings="-engagement.classification.enabled=false"} passes settings to the
 * service; {@code -Dbenchmark.floor-jvm-options="|-XX:TieredStopAtLevel=4|-Xmx1g -Xmn192m"} runs the
 * floors in the service's JVM once per variant, each with those options added).
 */
public final class StoreSyncBenchmark {

    private static final String ACCOUNT = "bench";
    private static final int PAGE = 1000;
    private static final Duration SYNC_LIMIT = Duration.ofMinutes(60);

    private StoreSyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(BenchmarkPaths.workDirectory());
        int campaigns = Integer.getInteger("benchmark.campaigns", 1);
        for (String size : System.getProperty("benchmark.events", "300000").split(",")) {
            int events = Integer.parseInt(size.trim());
            try (CopernicaSimulator sim = clicks(events, campaigns)) {
                print("simulator: MS clicks, campaigns", String.format(Locale.ROOT, "%,d, %d", events, campaigns));
                for (String target :
                        System.getProperty("benchmark.targets", "h2,postgres").split(",")) {
                    compare(sim, target.trim(), dir, events);
                }
            }
        }
    }

    /**
     * A simulator serving {@code events} Marketing Suite clicks over {@code campaigns} mailings, spread
     * over the two weeks before the last hours (inside the service's default look-back).
     */
    static CopernicaSimulator clicks(int events, int campaigns) {
        Instant to = Instant.now().minus(3, ChronoUnit.HOURS);
        Instant from = to.minus(14, ChronoUnit.DAYS);
        CopernicaSimulator sim = CopernicaSimulator.start(new CopernicaDataSet(0, campaigns, from, to, 12));
        Duration spread = Duration.between(from, to);
        for (int i = 0; i < events; i++) {
            sim.append(
                    SimulatedProduct.MS,
                    SimulatedEventType.CLICKS,
                    1,
                    from.plus(spread.multipliedBy(i).dividedBy(events)));
        }
        return sim;
    }

    private static void compare(CopernicaSimulator sim, String target, Path dir, int events) throws Exception {
        String tag = target + "_" + events + "_" + System.currentTimeMillis();
        Leg before = floor(FloorProcess.Kind.FLAT, sim, target, dir, tag + "_floor1");
        Leg contract = floor(FloorProcess.Kind.CONTRACT, sim, target, dir, tag + "_contract");
        Map<String, Leg> inServiceJvm = new LinkedHashMap<>();
        for (String variant :
                System.getProperty("benchmark.floor-jvm-options", "").split("\\|", -1)) {
            String options = variant.trim();
            for (FloorProcess.Kind kind : FloorProcess.Kind.values()) {
                inServiceJvm.put(
                        kind.name().toLowerCase(Locale.ROOT) + " floor in the service's JVM" + plus(options),
                        floorInServiceJvm(kind, sim, target, dir, tag + "_jvm", options));
            }
        }
        ServiceLeg service = service(sim, target, dir, tag + "_service");
        Leg after = floor(FloorProcess.Kind.FLAT, sim, target, dir, tag + "_floor2");
        String prefix = target + " " + String.format(Locale.ROOT, "%,d", events);
        print(prefix + " floor before", before.describe());
        print(prefix + " contract floor", contract.describe());
        inServiceJvm.forEach((what, leg) -> print(prefix + " " + what, leg.describe()));
        print(prefix + " service", service.leg().describe());
        print(prefix + " floor after", after.describe());
        double floorRate = (before.rate() + after.rate()) / 2;
        print(
                prefix + " contract floor / floor",
                String.format(
                        Locale.ROOT,
                        "%.2f; service / contract floor %.2f",
                        contract.rate() / floorRate,
                        service.leg().rate() / contract.rate()));
        inServiceJvm.forEach((what, leg) -> print(
                prefix + " " + what + " / floor",
                String.format(
                        Locale.ROOT,
                        "%.2f; service / it %.2f",
                        leg.rate() / floorRate,
                        service.leg().rate() / leg.rate())));
        print(
                prefix + " service / floor",
                String.format(
                        Locale.ROOT,
                        "%.2f (floor before %.2f, after %.2f)",
                        service.leg().rate() / floorRate,
                        service.leg().rate() / before.rate(),
                        service.leg().rate() / after.rate()));
        print(
                prefix + " service memory",
                String.format(
                        Locale.ROOT,
                        "peak RSS %,d MB; heap: peak used %,d MB, live after the sync (full GC) %,d MB",
                        service.peakRssKb() >> 10,
                        service.heapUsedMb(),
                        service.heapLiveMb()));
        print(prefix + " service shutdown after SIGTERM", String.format(Locale.ROOT, "%.1f s", service.stopSeconds()));
        service.latencies()
                .forEach((query, ms) ->
                        print(prefix + " first call: " + query, String.format(Locale.ROOT, "%.1f ms", ms)));
    }

    private static String plus(String options) {
        return options.isEmpty() ? "" : " + " + options;
    }

    /** The {@code kind} floor's reading and storing, in this JVM. */
    private static Leg floor(FloorProcess.Kind kind, CopernicaSimulator sim, String target, Path dir, String name)
            throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.open(target, dir, name)) {
            CopernicaFloor.Sink sink = kind.sinkInto(database.dataSource(), ACCOUNT);
            CopernicaFloor reader = new CopernicaFloor(sim.baseUrl(), sim.accessToken(), sim.zone());
            long started = System.nanoTime();
            long stored = reader.run(sink, ACCOUNT, PAGE);
            return new Leg(stored, seconds(started), database.bytesOnDisk());
        }
    }

    /**
     * The {@code kind} floor's reading and storing, in a JVM of its own with the service's settings
     * (heap, collector, compiler) and {@code options} after them.
     */
    private static Leg floorInServiceJvm(
            FloorProcess.Kind kind, CopernicaSimulator sim, String target, Path dir, String name, String options)
            throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.open(target, dir, name)) {
            database.release();
            FloorProcess.Stored stored = FloorProcess.run(
                    kind, options, database.connection(), sim.baseUrl(), sim.accessToken(), sim.zone(), ACCOUNT, PAGE);
            return new Leg(stored.events(), stored.seconds(), database.bytesOnDisk());
        }
    }

    private static ServiceLeg service(CopernicaSimulator sim, String target, Path dir, String name) throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.open(target, dir, name)) {
            List<String> connection = database.connection();
            if (target.equals("h2")) {
                database.release();
            }
            String account = "-engagement.accounts." + ACCOUNT;
            List<String> settings = new ArrayList<>(List.of(
                    "-datasources.default.url=" + connection.get(0),
                    "-datasources.default.username=" + connection.get(1),
                    "-datasources.default.password=" + connection.get(2),
                    account + ".provider=copernica",
                    account + ".base-url=" + sim.baseUrl(),
                    account + ".access-token=" + sim.accessToken(),
                    account + ".time-zone=" + sim.zone().getId()));
            String extra = System.getProperty("benchmark.service-settings", "").trim();
            if (!extra.isEmpty()) {
                settings.addAll(List.of(extra.split("\\s+")));
            }
            try (PackagedService service = PackagedService.start(settings, dir.resolve(name + ".log"))) {
                ApiClient api = service.api();
                long started = System.nanoTime();
                Map<String, Object> run;
                try (PackagedService.HeapSampler heap = service.sampling()) {
                    ApiClient.Response accepted = api.post("/api/v1/accounts/" + ACCOUNT + "/syncs");
                    if (accepted.status() != 202) {
                        throw new IllegalStateException("the sync did not start: " + accepted);
                    }
                    run = api.awaitFinished(accepted.location(), SYNC_LIMIT);
                    double seconds = seconds(started);
                    print(target + " service sync", run.get("status") + ", " + run.get("requests") + " requests");
                    long stored = ((Number) run.get("eventsStored")).longValue();
                    long rss = service.peakRssKb();
                    print(target + " service threads after the sync", service.threads());
                    if (System.getProperty("benchmark.service-jvm-options", "").contains("NativeMemoryTracking")) {
                        print(target + " service native memory after the sync, MB", service.nativeMemory());
                    }
                    heap.close();
                    long live = service.liveHeapMb();
                    Map<String, Double> latencies = firstCalls(api);
                    double stop = service.stop();
                    print(target + " service exit status after SIGTERM", Integer.toString(service.exitValue()));
                    Leg leg = new Leg(stored, seconds, database.bytesOnDisk());
                    database.relationSizes().entrySet().stream()
                            .filter(relation -> relation.getValue() >= stored)
                            .forEach(relation -> print(
                                    target + " service relation " + relation.getKey(),
                                    String.format(
                                            Locale.ROOT, "%,.1f bytes/event", (double) relation.getValue() / stored)));
                    return new ServiceLeg(leg, rss, heap.peakUsedMb(), live, stop, latencies);
                }
            }
        }
    }

    /**
     * Times, once each, the queries a user asks first: the campaign's statistics and a first page
     * of events per filter. Each endpoint is first called with a filter that matches nothing, so
     * the figure is the query's, not the first request's class loading; no timed query is a repeat.
     */
    private static Map<String, Double> firstCalls(ApiClient api) {
        Map<String, Double> latencies = new LinkedHashMap<>();
        String campaign = largestCampaign(api);
        String events = "/api/v1/events?account=" + ACCOUNT + "&limit=100";
        api.get("/api/v1/accounts/" + ACCOUNT + "/campaigns/no-such-campaign/stats");
        api.get(events + "&recipient=no-such-recipient");
        latencies.put(
                "campaign statistics", timed(api, "/api/v1/accounts/" + ACCOUNT + "/campaigns/" + campaign + "/stats"));
        long started = System.nanoTime();
        ApiClient.Response first = ok(api.get(events + "&campaign=" + campaign));
        latencies.put("first page by campaign", (System.nanoTime() - started) / 1e6);
        latencies.put("first page by type CLICKED", timed(api, events + "&type=CLICKED"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) first.json().get("items");
        @SuppressWarnings("unchecked")
        Map<String, Object> recipient =
                (Map<String, Object>) items.get(items.size() / 2).get("recipient");
        latencies.put("first page by recipient", timed(api, events + "&recipient=" + encode(recipient.get("id"))));
        if (recipient.get("email") != null) {
            latencies.put("first page by email", timed(api, events + "&email=" + encode(recipient.get("email"))));
        }
        Instant middle = Instant.parse((String) items.get(0).get("occurredAt")).plus(Duration.ofDays(7));
        latencies.put(
                "first page by time range (1 h)",
                timed(api, events + "&from=" + middle + "&to=" + middle.plus(Duration.ofHours(1))));
        latencies.put("first page of every account (export order)", timed(api, "/api/v1/events?limit=100"));
        return latencies;
    }

    @SuppressWarnings("unchecked")
    private static String largestCampaign(ApiClient api) {
        List<Map<String, Object>> campaigns =
                (List<Map<String, Object>>) ok(api.get("/api/v1/accounts/" + ACCOUNT + "/campaigns?limit=100"))
                        .json()
                        .get("items");
        return campaigns.stream()
                .max(Comparator.comparingLong(c -> ((Number) c.get("uniqueClicks")).longValue()))
                .map(c -> (String) c.get("campaignId"))
                .orElseThrow(() -> new IllegalStateException("the service lists no campaign"));
    }

    private static double timed(ApiClient api, String path) {
        long started = System.nanoTime();
        ok(api.get(path));
        return (System.nanoTime() - started) / 1e6;
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("expected 200: " + response);
        }
        return response;
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void print(String what, Object value) {
        System.out.printf(Locale.ROOT, "%-56s %s%n", what, value);
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

    private record ServiceLeg(
            Leg leg,
            long peakRssKb,
            long heapUsedMb,
            long heapLiveMb,
            double stopSeconds,
            Map<String, Double> latencies) {}
}
