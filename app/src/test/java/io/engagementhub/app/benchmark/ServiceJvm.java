package io.engagementhub.app.benchmark;

import static io.engagementhub.app.Waiting.waitFor;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service's JVM as the launcher ({@code ./engagement-hub}) starts it: the settings of
 * {@code app/jvm.options}, {@code -Xmx256m} with its young generation of 3/16 ({@code -Xmn48m}),
 * {@code MALLOC_ARENA_MAX=2} and a class-data archive recorded by a training run of the same jar,
 * made once per build of that jar.
 */
final class ServiceJvm {

    static final String HEAP = "-Xmx256m";

    /** The young generation the launcher sets for {@link #HEAP}: 3/16 of it. */
    static final String YOUNG = "-Xmn48m";

    private ServiceJvm() {}

    /** The java command of this JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's JVM settings, without a class-data archive. */
    static List<String> launcherOptions() throws IOException {
        Path file = BenchmarkPaths.buildDirectory().getParent().resolve("jvm.options");
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String option = line.trim();
            if (!option.isEmpty() && !option.startsWith("#")) {
                options.add(option);
            }
        }
        options.add(HEAP);
        options.add(YOUNG);
        return options;
    }

    /**
     * The launcher's settings with the class-data archive of {@code jar}, recorded now if it is
     * missing or older than the jar by its training run: {@code trainingArguments} that make it
     * end by itself.
     */
    static List<String> options(Path jar, List<String> trainingArguments) throws Exception {
        return options(jar, trainingArguments, true);
    }

    /**
     * The same for a jar without a training run of its own: it is recorded by starting the jar with
     * {@code arguments}, asking {@code /health} and stopping it.
     */
    static List<String> optionsServing(Path jar, List<String> arguments) throws Exception {
        return options(jar, arguments, false);
    }

    private static List<String> options(Path jar, List<String> trainingArguments, boolean endsByItself)
            throws Exception {
        Path archive = BenchmarkPaths.workDirectory().resolve(jar.getFileName() + ".jsa");
        List<String> options = launcherOptions();
        if (!Files.exists(archive)
                || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
            record(jar, archive, options, trainingArguments, endsByItself);
        }
        options.add("-XX:SharedArchiveFile=" + archive);
        options.add("-Xlog:cds=off");
        options.add("-Xlog:class+path=off");
        return options;
    }

    /** A process builder for {@code java options -jar jar arguments}, with the launcher's environment. */
    static ProcessBuilder command(List<String> options, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder;
    }

    private static void record(
            Path jar, Path archive, List<String> options, List<String> trainingArguments, boolean endsByItself)
            throws Exception {
        List<String> recording = new ArrayList<>(options);
        recording.add("-XX:ArchiveClassesAtExit=" + archive);
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        if (endsByItself) {
            Process training = command(recording, jar, trainingArguments)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!training.waitFor(3, TimeUnit.MINUTES) || training.exitValue() != 0) {
                training.destroyForcibly();
                throw new IllegalStateException("the training run of " + jar + " failed; see " + log);
            }
            return;
        }
        int port = freePort();
        List<String> arguments = new ArrayList<>(trainingArguments);
        arguments.add("-micronaut.server.port=" + port);
        Process started = command(recording, jar, arguments)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitHealthy(started, port, Duration.ofMinutes(2));
        } finally {
            started.destroy();
            started.waitFor(2, TimeUnit.MINUTES);
        }
    }

    /** Waits until {@code /health} on {@code port} answers 200 and returns when it did. */
    static Instant awaitHealthy(Process process, int port, Duration limit) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        return waitFor("a healthy answer on port " + port, limit, Duration.ofMillis(10))
                .failFast("the service's process ended before it answered healthy", () -> !process.isAlive())
                .until(() -> healthyAt(client, request), Objects::nonNull);
    }

    /** When {@code /health} answered 200, or null if it answered otherwise or nothing listens yet. */
    private static Instant healthyAt(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Instant.now() : null;
        } catch (IOException notYet) {
            return null;
        }
    }

    /** A figure of {@code /proc/<pid>/status} in kB, e.g. {@code VmRSS} or {@code VmHWM}. */
    static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no " + field + " for process " + pid);
    }

    /** The process's threads now. */
    static long threads(long pid) throws IOException {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.count();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
