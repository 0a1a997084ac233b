package io.engagementhub.app.benchmark;

import io.engagementhub.adapter.persistence.BenchmarkDatabase;
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
import java.io.InputStream;
import java.io.InputStreamReader;
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
import javax.sql.DataSource;

/**
 * Not a test: measures how fast, and in how little memory, the service streams a whole account's
 * events as NDJSON and as CSV. Stores {@code benchmark.events} events (default
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

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        Path dir = Files.createDirectories(BenchmarkPaths.workDirectory());
        String target = System.getProperty("benchmark.target", "postgres");
        try (BenchmarkDatabase database = BenchmarkDatabase.open(target, dir, "export_" + System.currentTimeMillis())) {
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
        List<String> settings = List.of(
                "-datasources.default.url=" + connection.get(0),
                "-datasources.default.username=" + connection.get(1),
                "-datasources.default.password=" + connection.get(2),
                "-engagement.accounts." + ACCOUNT + ".provider=copernica",
                "-engagement.accounts." + ACCOUNT + ".base-url=http://127.0.0.1:9/v2",
                "-engagement.accounts." + ACCOUNT + ".access-token=unused-by-this-benchmark");
        try (PackagedService service = PackagedService.start(settings, dir.resolve("export-service.log"))) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            for (String format : List.of("application/x-ndjson", "text/csv")) {
                export(service, http, format, events);
            }
            print("service peak RSS (VmHWM)", String.format(Locale.ROOT, "%,d kB", service.peakRssKb()));
        }
    }

    private static void fill(DataSource dataSource, int events) {
        EventStore store = Persistence.create(dataSource, PersistenceSettings.unencrypted())
                .sync()
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

    private static void export(PackagedService service, HttpClient http, String format, int events) throws Exception {
        PackagedService.HeapSampler heap = service.sampling();
        long started = System.nanoTime();
        long lines = 0;
        HttpRequest request = HttpRequest.newBuilder(service.uri("/api/v1/events?account=" + ACCOUNT))
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
        heap.close();
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
        print(format + ": peak heap used (sampled)", String.format(Locale.ROOT, "%,d MB", heap.peakUsedMb()));
        print(format + ": peak live data after GC", String.format(Locale.ROOT, "%,d MB", heap.peakLiveMb()));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void print(String what, Object value) {
        System.out.printf(Locale.ROOT, "%-48s %s%n", what, value);
    }
}
