package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;

/**
 * The service on a database reached through a proxy that the test cuts in the middle of a sync,
 * then restores (the database itself is never stopped). While the database is away, {@code /health}
 * says DOWN at once, static files and {@code /prometheus} keep answering, and API calls are 503s;
 * once it is back, the broken-off run is recorded FAILED, the account can sync again within a
 * minute, and the next sync leaves exactly the provider's events. A subclass gives the database
 * and the outage's length.
 */
abstract class DatabaseOutageBehaviour {

    private static final String TOKEN = "outage-token-" + UUID.randomUUID();
    /** How long the service has, from the database's return, until every account syncs again. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(60);

    private static TcpProxy proxy;
    private static final List<CopernicaSimulator> simulators = new ArrayList<>();
    private static EmbeddedServer server;
    private static ApiClient api;

    /**
     * Starts the service on the database at {@code target} through a new proxy: {@code urlOnPort}
     * gives the JDBC URL for the proxy's port.
     */
    static void startService(String targetHost, int targetPort, IntFunction<String> urlOnPort, String user) {
        proxy = TcpProxy.to(targetHost, targetPort);
        Map<String, Object> properties = ServiceProperties.of(TOKEN, urlOnPort.apply(proxy.port()));
        properties.put("datasources.default.username", user);
        for (String account : List.of("short", "long")) {
            CopernicaSimulator sim = slowSimulator(account.length());
            simulators.add(sim);
            ServiceProperties.copernicaAccount(properties, account, sim);
        }
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = new ApiClient(server.getURL(), TOKEN);
    }

    /** 20,000 events of the last three days, each request answered after 250 ms: a sync of several seconds. */
    private static CopernicaSimulator slowSimulator(long seed) {
        Instant now = Instant.now();
        CopernicaSimulator sim = CopernicaSimulator.start(
                new CopernicaDataSet(20_000, 2, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(1)), seed));
        sim.server().slowDown(Duration.ofMillis(250));
        sim.server().injectFaults(Collections.nCopies(10_000, Fault.SLOW).toArray(Fault[]::new));
        return sim;
    }

    @AfterAll
    static void stopService() {
        ApiClient.stop(api, server);
        simulators.forEach(CopernicaSimulator::close);
        simulators.clear();
        if (proxy != null) {
            proxy.close();
        }
    }

    /** Cuts the database off in the middle of a sync of {@code account} for {@code seconds}, then checks it all. */
    static void outageMidSync(String account, int seconds) {
        CopernicaSimulator provider = simulators.get(account.equals("short") ? 0 : 1);
        ApiClient.Response started = api.post("/api/v1/accounts/" + account + "/syncs");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        awaitStoredSoFar(started.location());

        proxy.cut();
        Instant cutAt = Instant.now();
        try {
            duringTheOutage(account);
            long left = Duration.ofSeconds(seconds)
                    .minus(Duration.between(cutAt, Instant.now()))
                    .toMillis();
            // A sleep, not a wait: the outage itself lasts its full length whatever the service
            // does meanwhile; this test is about time.
            Thread.sleep(Math.max(0, left));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            proxy.restore();
        }
        Instant back = Instant.now();

        Map<String, Object> interrupted = api.awaitFinished(started.location(), RECOVERY_BOUND);
        String next = syncAgain(account, back);
        Map<String, Object> finished = api.awaitFinished(next, Duration.ofMinutes(2));

        assertThat(interrupted.get("status")).isEqualTo("FAILED");
        assertThat((String) interrupted.get("message")).contains("storing events failed", "unavailable");
        assertThat(finished.get("status")).as(finished.toString()).isEqualTo("SUCCEEDED");
        assertThat(storedIds(account)).isEqualTo(providerIds(provider));
    }

    /** Waits until the run has stored a first page, so the cut comes in the middle of the sync. */
    private static void awaitStoredSoFar(String run) {
        waitFor("a first stored page of the sync", Duration.ofSeconds(60), Duration.ofMillis(50))
                .until(() -> {
                    Map<String, Object> figures = api.get(run).json();
                    // not awaited: a sync that ended before the cut fails at once
                    assertThat(figures.get("status"))
                            .as("the sync ended before the cut")
                            .isEqualTo("RUNNING");
                    return ((Number) figures.get("eventsStored")).longValue() > 0;
                });
    }

    private static void duringTheOutage(String account) {
        Timed<HttpResponse<String>> health = timed(() -> send("/health", TOKEN));
        Timed<HttpResponse<String>> anonymous = timed(() -> send("/health", null));
        List<CompletableFuture<HttpResponse<String>>> scrapes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scrapes.add(CompletableFuture.supplyAsync(() -> send("/prometheus", null)));
        }
        Timed<HttpResponse<String>> css = timed(() -> send("/ui/app.css", null));
        Timed<HttpResponse<String>> events = timed(() -> send("/api/v1/events?account=" + account, TOKEN));
        Timed<HttpResponse<String>> sync = timed(() -> post("/api/v1/accounts/" + account + "/syncs"));
        System.out.printf(
                "[benchmark] database away: /health %d ms, /ui/app.css %d ms, GET /events %d ms, POST /syncs %d ms%n",
                health.millis(), css.millis(), events.millis(), sync.millis());

        assertThat(health.value().statusCode()).isEqualTo(503);
        assertThat(health.value().body()).contains("\"status\":\"DOWN\"");
        assertThat(health.millis()).as("/health answers at once, never hangs").isLessThan(10_000);
        assertThat(anonymous.value().statusCode()).isEqualTo(503);
        assertThat(anonymous.value().body()).doesNotContain("jdbc");
        assertThat(css.value().statusCode()).isEqualTo(200);
        for (CompletableFuture<HttpResponse<String>> scrape : scrapes) {
            assertThat(scrape.join().statusCode()).isEqualTo(200);
        }
        for (Timed<HttpResponse<String>> call : List.of(events, sync)) {
            assertThat(call.value().statusCode()).as(call.value().body()).isEqualTo(503);
            assertThat(call.value().headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(call.value().headers().firstValue("Retry-After")).isPresent();
            assertThat(call.value().body()).contains("database is unavailable").doesNotContain("jdbc", "127.0.0.1");
        }
    }

    /**
     * Starts the next sync once the account is free, and prints how long that took after the
     * database came back; fails past {@link #RECOVERY_BOUND}.
     */
    private static String syncAgain(String account, Instant back) {
        Duration left = Duration.between(Instant.now(), back.plus(RECOVERY_BOUND));
        assertThat(left)
                .as("time left of the %s from the database's return", RECOVERY_BOUND)
                .isPositive();
        List<Integer> answers = new ArrayList<>();
        ApiClient.Response accepted = waitFor(
                        "account '" + account + "' syncing again within " + RECOVERY_BOUND
                                + " of the database's return",
                        left,
                        Duration.ofMillis(500))
                .until(
                        () -> {
                            ApiClient.Response response = api.post("/api/v1/accounts/" + account + "/syncs");
                            answers.add(response.status());
                            return response;
                        },
                        response -> response.status() == 202
                                && response.location() != null
                                && response.location().contains("/syncs/"));
        System.out.printf(
                "[benchmark] database back: account '%s' synced again after %d ms (answers meanwhile: %s)%n",
                account, Duration.between(back, Instant.now()).toMillis(), answers);
        return accepted.location();
    }

    private static Set<String> storedIds(String account) {
        List<String> ids = api.allEvents("account=" + account).stream()
                .map(e -> (String) e.get("id"))
                .toList();
        assertThat(ids).doesNotHaveDuplicates();
        return Set.copyOf(ids);
    }

    private static Set<String> providerIds(CopernicaSimulator provider) {
        return provider.events().stream()
                .map(e -> "copernica:" + e.product().path() + ":" + e.type().path() + ":" + e.id())
                .collect(Collectors.toSet());
    }

    private record Timed<T>(T value, long millis) {}

    private static <T> Timed<T> timed(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
    }

    private static HttpResponse<String> send(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.GET().build());
    }

    private static HttpResponse<String> post(String path) {
        return exchange(HttpRequest.newBuilder(server.getURI().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
