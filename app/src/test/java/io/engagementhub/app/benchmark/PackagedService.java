package io.engagementhub.app.benchmark;

import static io.engagementhub.app.Waiting.waitFor;

import io.engagementhub.app.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The packaged service as a benchmark runs it: its own process, started as the launcher starts it, on a
 * free loopback port, its output in a log file, stopped with SIGTERM (and killed if the benchmark
 * JVM exits first); {@code -Dbenchmark.service-jvm-options=...} adds JVM options (a profiler, a
 * collector). Reports what only the process shows: its peak RSS, and while {@link #sampling}
 * the heap its Prometheus scrape reports.
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = BenchmarkPaths.jar();

    private final Process process;
    private final URL url;
    private final ApiClient api;
    private final Thread killOnExit;

    private PackagedService(Process process, URL url) {
        this.process = process;
        this.url = url;
        this.api = new ApiClient(url, null);
        this.killOnExit = new Thread(process::destroyForcibly, "kill-packaged-service");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the jar as the launcher does ({@link ServiceJvm}: its JVM settings, {@code -Xmx256m},
     * the class-data archive) with {@code settings} and waits (two minutes at most) until it is up.
     */
    static PackagedService start(List<String> settings, Path log) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: it is built in the package phase");
        }
        int port = ServiceJvm.freePort();
        List<String> options = new ArrayList<>(ServiceJvm.options(JAR, List.of("--training-run")));
        String jvmOptions =
                System.getProperty("benchmark.service-jvm-options", "").trim();
        if (!jvmOptions.isEmpty()) {
            options.addAll(List.of(jvmOptions.split("\\s+")));
        }
        List<String> arguments =
                new ArrayList<>(List.of("-micronaut.server.port=" + port, "-engagement.sync.every=off"));
        arguments.addAll(settings);
        Process process = ServiceJvm.command(options, JAR, arguments)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedService service = new PackagedService(process, new URL("http://127.0.0.1:" + port));
        service.awaitUp(log);
        return service;
    }

    ApiClient api() {
        return api;
    }

    /** {@code path} on the service. */
    URI uri(String path) {
        return URI.create(url + path);
    }

    /** The process's peak resident set (VmHWM) so far, in kB. */
    long peakRssKb() throws IOException {
        return ServiceJvm.statusKb(process.pid(), "VmHWM");
    }

    /**
     * The bytes of live objects on the heap now, in MB: {@code jcmd GC.class_histogram} collects
     * fully first, so unlike a sampled "used" figure it holds no garbage.
     */
    long liveHeapMb() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String total = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("Total"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("jcmd printed no histogram total"));
        jcmd.waitFor(1, TimeUnit.MINUTES);
        String[] columns = total.trim().split("\\s+");
        return Long.parseLong(columns[columns.length - 1]) >> 20;
    }

    /** The process's threads now. */
    long threads() throws IOException {
        return ServiceJvm.threads(process.pid());
    }

    /**
     * Native Memory Tracking's committed kilobytes per category, "Total" first (the service must run
     * with {@code -XX:NativeMemoryTracking=summary}, e.g. through {@code benchmark.service-jvm-options}).
     */
    String nativeMemory() throws IOException, InterruptedException {
        return NativeMemory.summary(process.pid());
    }

    /** Samples the heap every 100 ms until the sampler is closed. */
    HeapSampler sampling() {
        return new HeapSampler(api);
    }

    /** Sends SIGTERM and returns the seconds until the process ended (at most two minutes). */
    double stop() throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not stop within 2 minutes of SIGTERM");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The exit status of the stopped process (143 after SIGTERM and a clean run of the shutdown hooks). */
    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }

    private void awaitUp(Path log) {
        try {
            waitFor("the service up (/health 200)", Duration.ofMinutes(2), Duration.ofMillis(200))
                    .failFast("the service's process ended", () -> !process.isAlive())
                    .until(() -> {
                        try {
                            return api.get("/health").status() == 200;
                        } catch (RuntimeException notYet) {
                            return false; // still starting
                        }
                    });
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not come up within 2 minutes; see " + log, e);
        }
    }

    /**
     * The service's Prometheus scrape sampled on a thread of its own: the peak used heap (every heap
     * pool summed, garbage included) and the peak live data the collections kept.
     */
    static final class HeapSampler implements AutoCloseable {

        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread thread;

        private HeapSampler(ApiClient api) {
            this.thread = new Thread(() -> sample(api), "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakUsedMb() {
            return peakUsed.get() >> 20;
        }

        long peakLiveMb() {
            return peakLive.get() >> 20;
        }

        private void sample(ApiClient api) {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    long used = 0;
                    for (String line : api.get("/prometheus").body().split("\n")) {
                        if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                            used += value(line);
                        } else if (line.startsWith("jvm_gc_live_data_size_bytes")) {
                            peakLive.accumulateAndGet(value(line), Math::max);
                        }
                    }
                    peakUsed.accumulateAndGet(used, Math::max);
                    // A sleep, not a wait: nothing is awaited, the heap is sampled every 100 ms until closed.
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // one failed scrape is not a figure
                }
            }
        }

        private static long value(String metricLine) {
            return (long) Double.parseDouble(metricLine.substring(metricLine.lastIndexOf(' ') + 1));
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }
}
