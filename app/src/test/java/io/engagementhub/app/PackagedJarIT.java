package io.engagementhub.app;

import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user starts it: demo mode comes up, syncs both simulated accounts and
 * serves their events; a bad configuration ends the process with one line naming the key. Prints
 * the start-up time and the time of the demo's first sync (see docs/benchmarks.md).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "engagement-app.jar");

    /** Reader threads by process: each ends when its process's output closes. */
    private static final Map<Process, Thread> READERS = new ConcurrentHashMap<>();

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
        READERS.put(process, reader);
        return process;
    }

    /** Waits until everything the ended process wrote has been read into its lines. */
    private static void awaitOutputRead(Process process) throws InterruptedException {
        Thread reader = READERS.remove(process);
        if (reader != null) {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
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
                "-datasources.default.url=jdbc:h2:mem:bad");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        awaitOutputRead(process);
        assertThat(process.exitValue()).isEqualTo(2);
        List<String> errors = lines.stream().filter(l -> l.contains("ERROR")).toList();
        assertThat(errors).singleElement().satisfies(line -> assertThat(line)
                .contains("engagement.accounts.acme.access-token: missing")
                .contains("engagement.accounts.acme.base-url: 'not a url' is not valid"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("\tat "));
    }

    /**
     * The launcher's class-data archive: the training run ends by itself, touches no store of the
     * user's (nothing under its working directory), and leaves an archive a later JVM can use
     * ({@code -Xshare:on} refuses to start otherwise).
     */
    @Test
    void theTrainingRunEndsByItselfAndLeavesAUsableClassDataArchive(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = JAR.toAbsolutePath().toString();
        Path archive = dir.resolve("archive").resolve("engagement-app.jsa");
        Files.createDirectories(archive.getParent());
        Path work = Files.createDirectories(dir.resolve("work"));

        Process recording = new ProcessBuilder(
                        java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar, Application.TRAINING_RUN)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("recording.log").toFile())
                .start();
        assertThat(recording.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("recording.log"));
        assertThat(recording.exitValue()).as(log).isZero();
        assertThat(Files.size(archive)).isPositive();
        try (var left = Files.list(work)) {
            assertThat(left)
                    .as("files the training run left in its working directory")
                    .isEmpty();
        }

        Process replay = new ProcessBuilder(
                        java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", jar, Application.TRAINING_RUN)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("replay.log").toFile())
                .start();
        assertThat(replay.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(replay.exitValue())
                .as(Files.readString(dir.resolve("replay.log")))
                .isZero();
    }

    /** Each start below is wrong in one way; the process must end by itself, quickly and clearly. */
    @Test
    void everyFailedStartEndsWithinSecondsWithOneLineNamingTheKey() throws Exception {
        String memory = "-datasources.default.url=jdbc:h2:mem:failed-start";
        try (ServerSocket busy = new ServerSocket(0)) {
            assertFailedStart("micronaut.server.port", "-micronaut.server.port=abc", memory);
            assertFailedStart("micronaut.server.port", "-micronaut.server.port=" + busy.getLocalPort(), memory);
            assertFailedStart("micronaut.server.port", "-micronaut.server.port=99999", memory);
        }
        int port = freePort();
        assertFailedStart(
                "datasources.default.url",
                "-micronaut.server.port=" + port,
                "-datasources.default.url=jdbc:postgresql://127.0.0.1:1/test?password=" + SECRET);
        assertFailedStart(
                "datasources.default.url",
                "-micronaut.server.port=" + port,
                "-datasources.default.url=garbage?password=" + SECRET);
        assertFailedStart(
                "datasources.default.url",
                "-micronaut.server.port=" + port,
                "-datasources.default.url=jdbc:postgresql://db-user:" + SECRET + "@127.0.0.1:1/test");
        assertFailedStart(
                "engagement.credentials.key",
                "-micronaut.server.port=" + port,
                memory,
                "-engagement.credentials.key=" + SECRET.substring(0, 20));
        assertFailedStart(
                "datasources.default.url",
                "--demo",
                "-micronaut.server.port=" + port,
                "-datasources.default.url=jdbc:h2:mem:not-the-demos");
    }

    /**
     * SIGTERM while a sync writes to an H2 file: H2 must not close the database in its own
     * shutdown hook before the service has stored the page in hand, so the run ends PARTIAL with
     * exactly the events it counted, and the next start sees them.
     */
    @Test
    void sigtermDuringASyncOnAnH2FileStoresThePageInHandAndEndsThePartial(@TempDir Path dir) throws Exception {
        Instant now = Instant.now();
        try (CopernicaSimulator sim = CopernicaSimulator.start(
                new CopernicaDataSet(3_000, 2, now.minus(Duration.ofDays(5)), now.minus(Duration.ofHours(1)), 9L))) {
            sim.server().slowDown(Duration.ofMillis(400));
            sim.server().injectFaults(Collections.nCopies(1_000, Fault.SLOW).toArray(Fault[]::new));
            String[] args = {
                "-micronaut.server.port=" + freePort(),
                "-engagement.sync.every=off",
                "-datasources.default.url=jdbc:h2:file:" + dir.resolve("store"),
                "-engagement.accounts.acme.provider=copernica",
                "-engagement.accounts.acme.base-url=" + sim.baseUrl(),
                "-engagement.accounts.acme.access-token=" + sim.accessToken()
            };
            String runId = syncThenSigterm(sim, args);

            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Process again = start(lines, args);
            try (ApiClient api = new ApiClient(new URL("http://127.0.0.1:" + port(args)), null)) {
                awaitLine(lines, "Engagement Hub is up", Instant.now(), again);
                Map<String, Object> run = api.get("/api/v1/syncs/" + runId).json();
                long stored = ((Number) run.get("eventsStored")).longValue();

                assertThat(run.get("status")).as(run.toString()).isEqualTo("PARTIAL");
                assertThat(stored).isPositive().isLessThan(sim.events().size());
                assertThat(api.get("/api/v1/events?limit=1000").json().get("items"))
                        .asList()
                        .hasSize((int) Math.min(stored, 1000));
            } finally {
                again.destroy();
                again.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Starts the jar and a sync; once a page is stored, sends SIGTERM just as the simulator answers
     * the next page, so the service stores that page while the JVM shuts down. Returns the run id.
     */
    private static String syncThenSigterm(CopernicaSimulator sim, String... args) throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Process process = start(lines, args);
        String runId;
        try (ApiClient api = new ApiClient(new URL("http://127.0.0.1:" + port(args)), null)) {
            awaitLine(lines, "Engagement Hub is up", Instant.now(), process);
            runId = (String) api.post("/api/v1/accounts/acme/syncs").json().get("id");
            waitFor("a first stored page", Duration.ofSeconds(60), Duration.ofMillis(50))
                    .until(() ->
                            !((List<?>) api.get("/api/v1/events?limit=1").json().get("items")).isEmpty());
            sim.afterRequest(sim.requestsServed() + 1, process::destroy);
        } catch (RuntimeException | AssertionError e) {
            process.destroy();
            throw e;
        }
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        awaitOutputRead(process);
        String output = String.join("\n", lines);
        assertThat(output).doesNotContain("90121", "already closed").doesNotContain("\tat ");
        return runId;
    }

    private static int port(String... args) {
        return Integer.parseInt(args[0].substring("-micronaut.server.port=".length()));
    }

    private static final String SECRET = "s3cr3t-" + UUID.randomUUID();

    private static void assertFailedStart(String key, String... args) throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Process process = start(lines, args);
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = String.join("\n", lines);
        assertThat(ended)
                .as("ended by itself: " + List.of(args) + "\n" + output)
                .isTrue();
        awaitOutputRead(process);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(lines.stream().filter(l -> l.contains(" ERROR ")).toList())
                .as(output)
                .singleElement()
                .satisfies(line -> assertThat(line).contains("did not start", key + ":"));
        assertThat(lines).as(output).noneSatisfy(line -> assertThat(line).startsWith("\tat "));
        assertThat(output).doesNotContain(SECRET);
    }

    private static Duration awaitLine(List<String> lines, String text, Instant since, Process process) {
        waitFor("a line '" + text + "' in the output", Duration.ofSeconds(90), Duration.ofMillis(50))
                .failFast(() -> assertThat(process.isAlive())
                        .as(() -> "process alive without a line '" + text + "'; output:\n" + output(lines))
                        .isTrue())
                .until(() -> output(lines), output -> output.contains(text));
        return Duration.between(since, Instant.now());
    }

    /** The lines read so far, as one text. */
    private static String output(List<String> lines) {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private static List<Map<String, Object>> awaitFirstSyncs(ApiClient api) {
        return waitFor("the demo's first sync of every account", Duration.ofSeconds(240), Duration.ofMillis(250))
                .until(() -> api.getList("/api/v1/accounts"), accounts -> accounts.stream()
                        .allMatch(a ->
                                a.get("lastSync") instanceof Map<?, ?> run && !"RUNNING".equals(run.get("status"))));
    }
}
