package io.engagementhub.app.benchmark;

import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.port.out.EventStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Not a test: the bulk export of issue 11. Stores {@code benchmark.events} events (default
 * 1,000,000: opens and clicks over 200 campaigns and 50,000 recipients) in a fresh database
 * ({@code -Dbenchmark.target=postgres}, the default, or {@code h2} for an H2 file, which fills far
 * more slowly), starts the packaged service on it with {@code -Xmx256m}, and streams every event through {@code GET
 * /api/v1/events?account=bench} as NDJSON and as CSV. Prints events/s per format, the peak heap the service
 * reported on {@code /prometheus} while streaming, and the service's peak RSS. Run with
 *
 * <pre>
 * ./mvnw -B -q -pl app -am verify -Pbenchmark -DskipTests -Dexec.skip=true \
 *     -Dbenchmark.main=io.engagementhub.app.benchmark.ExportBenchmark -Dbenchmark.events=1000000
 * </pre>
 */
public final class ExportBenchmark {

    private static final String ACCOUNT = "bench";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path JAR = BenchmarkPaths.jar();

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        Path dir = Files.createDirectories(BenchmarkPaths.workDirectory());
        String target = System.getProperty("benchmark.target", "postgres");
        try (BenchDatabase database = BenchDatabase.open(target, dir, "export_" + System.currentTimeMillis())) {
            long started = System.nanoTime();
            fill(database.dataSource(), events);
            print(target + ": stored events", String.format(Locale.ROOT, "%,d in %.1f s", events, seconds(started)));
            List<String> connection = database.connection();
            if (target.equals("h2")) {
                database.release();
            }
            exportThroughTheService(connection, events, dir);
        }
    }

    private static void exportThroughTheService(List<String> connection, int events, Path dir) throws Exception {
        int port = freePort();
        Process service = startService(connection, port, dir.resolve("export-service.log"));
        Thread stopService = new Thread(service::destroyForcibly, "stop-export-service");
        Runtime.getRuntime().addShutdownHook(stopService);
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            awaitUp(http, port, service);
            for (String format : List.of("application/x-ndjson", "text/csv")) {
                export(http, port, format, events);
            }
            print("service peak RSS (VmHWM)", peakRss(service.pid()));
        } finally {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(stopService);
        }
    }

    private static void fill(DataSource dataSource, int events) {
        EventStore store = Persistence.create(dataSource, PersistenceSettings.unencrypted())
                .events();
        List<EngagementEvent> page = new ArrayList<>(1000);
        for (int i = 0; i < events; i++) {
            page.add(event(i));
            if (page.size() == 1000 || i == events - 1) {
                store.append(ACCOUNT, "bench", page, new Checkpoint(Integer.toString(i), null));
                page.clear();
            }
        }
    }

    private static EngagementEvent event(int i) {
        boolean click = i % 3 == 0;
        var builder = EngagementEvent.builder()
                .id(EventId.of("bench", Integer.toString(i)))
                .account(ACCOUNT)
                .provider(Provider.COPERNICA)
                .product("ms")
                .type(click ? EngagementType.CLICKED : EngagementType.OPENED)
                .occurredAt(T0.plusSeconds(i * 7L))
                .campaignId(Integer.toString(1000 + i % 200))
                .recipient(new Recipient("r" + i % 50_000, "person" + i % 50_000 + "@example.org", null, null))
                .client(new Client(
                        "192.0.2." + i % 250,
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120." + i % 40,
                        DeviceType.DESKTOP,
                        null))
                .providerEventId(Integer.toString(i));
        if (click) {
            builder.link(Link.to("https://example.org/offer/" + i % 25));
        }
        return builder.build();
    }

    private static Process startService(List<String> connection, int port, Path log) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: it is built in the package phase");
        }
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString(),
                "-micronaut.server.port=" + port,
                "-engagement.sync.every=off",
                "-datasources.default.url=" + connection.get(0),
                "-datasources.default.username=" + connection.get(1),
                "-datasources.default.password=" + connection.get(2),
                "-engagement.accounts." + ACCOUNT + ".provider=copernica",
                "-engagement.accounts." + ACCOUNT + ".base-url=http://127.0.0.1:9/v2",
                "-engagement.accounts." + ACCOUNT + ".access-token=unused-by-this-benchmark");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitUp(HttpClient http, int port, Process service) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && service.isAlive()) {
            try {
                if (get(http, port, "/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not come up within 2 minutes; see its log");
    }

    private static void export(HttpClient http, int port, String format, int events) throws Exception {
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        Thread sampler = new Thread(() -> sampleHeap(http, port, peakHeap, peakLive), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        long lines = 0;
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/events?account=" + ACCOUNT))
                .header("Accept", format)
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader body =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
            while (body.readLine() != null) {
                lines++;
            }
        }
        double seconds = seconds(started);
        sampler.interrupt();
        sampler.join();
        long exported = format.equals("text/csv") ? lines - 1 : lines;
        print(format + ": HTTP status", response.statusCode());
        print(
                format + ": events streamed",
                String.format(
                        Locale.ROOT,
                        "%,d of %,d in %.1f s = %,.0f events/s",
                        exported,
                        events,
                        seconds,
                        exported / seconds));
        print(format + ": peak heap used (sampled)", String.format(Locale.ROOT, "%,d MB", peakHeap.get() >> 20));
        print(format + ": peak live data after GC", String.format(Locale.ROOT, "%,d MB", peakLive.get() >> 20));
    }

    /**
     * Samples the service's Prometheus scrape: the used heap (every heap pool summed, garbage
     * included) and the live data the last collection kept (what the export really holds).
     */
    private static void sampleHeap(HttpClient http, int port, AtomicLong peakUsed, AtomicLong peakLive) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long used = 0;
                for (String line : get(http, port, "/prometheus").body().split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        used += value(line);
                    } else if (line.startsWith("jvm_gc_live_data_size_bytes")) {
                        peakLive.accumulateAndGet(value(line), Math::max);
                    }
                }
                peakUsed.accumulateAndGet(used, Math::max);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // one failed scrape is not a figure
            }
        }
    }

    private static long value(String metricLine) {
        return (long) Double.parseDouble(metricLine.substring(metricLine.lastIndexOf(' ') + 1));
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String peakRss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring("VmHWM:".length()).trim();
            }
        }
        return "unknown";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void print(String what, Object value) {
        System.out.printf(Locale.ROOT, "%-48s %s%n", what, value);
    }
}
