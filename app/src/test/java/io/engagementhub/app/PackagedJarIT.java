package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as a user starts it: demo mode comes up, syncs both simulated accounts and
 * serves their events; a bad configuration ends the process with one line naming the key. Prints
 * the start-up time and the time of the demo's first sync (see docs/benchmarks.md).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "engagement-app.jar");

    private static Process start(List<String> lines, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                // the process ended and closed its output: nothing more to read
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void demoModeStartsSyncsBothSimulatedAccountsAndServesTheirEvents() throws Exception {
        assertThat(Files.exists(JAR)).as("the shaded jar is built in package").isTrue();
        int port = freePort();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Instant launched = Instant.now();
        Process process = start(lines, "--demo", "-micronaut.server.port=" + port);
        try (ApiClient api = new ApiClient(new URL("http://127.0.0.1:" + port), null)) {
            Duration startup = awaitLine(lines, "Engagement Hub is up", launched, process);
            List<Map<String, Object>> accounts = awaitFirstSyncs(api);
            Duration firstSync = Duration.between(launched, Instant.now());

            assertThat(accounts).extracting(a -> a.get("name")).contains("demo-copernica", "demo-constantcontact");
            assertThat(accounts)
                    .allSatisfy(a -> assertThat(a.get("lastSync").toString()).contains("SUCCEEDED"));
            assertThat(api.get("/api/v1/events?limit=5").json().get("items"))
                    .asList()
                    .hasSize(5);
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("/swagger-ui/"));
            System.out.printf(
                    "[benchmark] jar start-up: %d ms; demo first sync of both accounts done %d ms" + " after launch%n",
                    startup.toMillis(), firstSync.toMillis());
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    @Test
    void aBadConfigurationEndsTheProcessWithOneLineNamingTheKey() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Process process = start(
                lines,
                "-micronaut.server.port=" + freePort(),
                "-engagement.accounts.acme.provider=copernica",
                "-engagement.accounts.acme.base-url=not a url",
                "-datasources.default.url=jdbc:h2:mem:bad;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(process.exitValue()).isEqualTo(2);
        List<String> errors = lines.stream().filter(l -> l.contains("ERROR")).toList();
        assertThat(errors).singleElement().satisfies(line -> assertThat(line)
                .contains("engagement.accounts.acme.access-token: missing")
                .contains("engagement.accounts.acme.base-url: 'not a url' is not valid"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("\tat "));
    }

    private static Duration awaitLine(List<String> lines, String text, Instant since, Process process)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            synchronized (lines) {
                if (lines.stream().anyMatch(l -> l.contains(text))) {
                    return Duration.between(since, Instant.now());
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line '" + text + "' within 90 s; output:\n" + String.join("\n", lines));
    }

    private static List<Map<String, Object>> awaitFirstSyncs(ApiClient api) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> accounts = api.getList("/api/v1/accounts");
            boolean done = accounts.stream()
                    .allMatch(a -> a.get("lastSync") instanceof Map<?, ?> run && !"RUNNING".equals(run.get("status")));
            if (done) {
                return accounts;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo's first sync did not finish within 240 s");
    }
}
