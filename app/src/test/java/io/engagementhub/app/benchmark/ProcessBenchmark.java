package io.engagementhub.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the process figures of docs/benchmarks.md ("The process"). The packaged service, a
 * bare Micronaut HTTP service (module baseline-service) and that service opening the store at
 * start (the floor of what ours must do) are started in turn, five times each,
 * the way the launcher starts them ({@link ServiceJvm}), the service on an H2 file store that an
 * earlier start created, with classification on. For each start: the time from starting
 * {@code java} until {@code /health} answers 200, and five seconds after that the RSS and the
 * threads; then one more start of each with Native Memory Tracking, for where the memory is. Run with
 *
 * <pre>
 * ./mvnw -B -q -pl baseline-service,app -am verify -Pbenchmark -DskipTests -Dexec.skip=true \
 *     -Dbenchmark.main=io.engagementhub.app.benchmark.ProcessBenchmark
 * </pre>
 */
public final class ProcessBenchmark {

    private static final int STARTS = 5;
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private ProcessBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = BenchmarkPaths.workDirectory().resolve("process");
        Files.createDirectories(work);
        Path store = work.resolve("store-" + System.nanoTime());
        Service app = new Service(
                "service",
                BenchmarkPaths.jar(),
                ServiceJvm.options(BenchmarkPaths.jar(), List.of("--training-run")),
                List.of(
                        "-engagement.sync.every=off",
                        "-datasources.default.url=jdbc:h2:file:" + store.resolve("engagement-hub")));
        Path bareJar = BenchmarkPaths.buildDirectory()
                .getParent()
                .getParent()
                .resolve("baseline-service/target/baseline-service.jar");
        // recorded with the store opened, so that both bare runs find every class they load in it
        List<String> bareOptions = ServiceJvm.optionsServing(bareJar, List.of("store-url=jdbc:h2:mem:training-run"));
        Service bare = new Service("bare Micronaut", bareJar, bareOptions, List.of());
        Path floorStore = work.resolve("floor-store-" + System.nanoTime());
        Service floor = new Service(
                "bare Micronaut + the store",
                bareJar,
                bareOptions,
                List.of("store-url=jdbc:h2:file:" + floorStore.resolve("engagement-hub")));
        print("JVM settings (both)", String.join(" ", ServiceJvm.launcherOptions()) + " + class-data archive");
        app.start(List.of(), work); // creates the stores: later starts open existing ones
        floor.start(List.of(), work);
        List<Start> ours = new ArrayList<>();
        List<Start> theirs = new ArrayList<>();
        List<Start> floors = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            ours.add(app.start(List.of(), work));
            theirs.add(bare.start(List.of(), work));
            floors.add(floor.start(List.of(), work));
        }
        report(app.name, ours);
        report(bare.name, theirs);
        report(floor.name, floors);
        print(
                "start-up, service / bare Micronaut (medians)",
                String.format(Locale.ROOT, "%.2f", median(ours, Start::millis) / median(theirs, Start::millis)));
        print(
                "start-up, service / bare Micronaut + the store (medians)",
                String.format(Locale.ROOT, "%.2f", median(ours, Start::millis) / median(floors, Start::millis)));
        for (Service service : List.of(app, bare)) {
            Start tracked = service.start(List.of("-XX:NativeMemoryTracking=summary"), work);
            print(service.name + " native memory, MB committed", tracked.nativeMemory);
        }
    }

    private static void report(String name, List<Start> starts) {
        print(
                name + " healthy after, ms (each start)",
                starts.stream().map(s -> Long.toString(s.millis)).toList());
        print(name + " healthy after, median", String.format(Locale.ROOT, "%.0f ms", median(starts, Start::millis)));
        print(name + " RSS 5 s later, median", String.format(Locale.ROOT, "%.0f MB", median(starts, Start::rssMb)));
        print(name + " threads 5 s later, median", String.format(Locale.ROOT, "%.0f", median(starts, Start::threads)));
    }

    private static double median(List<Start> starts, java.util.function.ToLongFunction<Start> figure) {
        List<Long> sorted = starts.stream()
                .map(figure::applyAsLong)
                .sorted(Comparator.naturalOrder())
                .toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static void print(String what, Object value) {
        System.out.printf(Locale.ROOT, "%-56s %s%n", what, value);
    }

    /** One start: healthy after how long, and RSS and threads once it settled. */
    record Start(long millis, long rssMb, long threads, String nativeMemory) {}

    /** A jar and how it is started. */
    record Service(String name, Path jar, List<String> options, List<String> arguments) {

        Start start(List<String> extraOptions, Path work) throws Exception {
            int port = ServiceJvm.freePort();
            List<String> jvm = new ArrayList<>(options);
            jvm.addAll(extraOptions);
            List<String> args = new ArrayList<>(arguments);
            args.add("-micronaut.server.port=" + port);
            Path log = work.resolve(name.replace(' ', '-') + ".log");
            Instant started = Instant.now();
            Process process = ServiceJvm.command(jvm, jar, args)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                Instant healthy = ServiceJvm.awaitHealthy(process, port, Duration.ofMinutes(2));
                // A sleep, not a wait: the figures are taken a fixed time after start-up, once it settled.
                Thread.sleep(SETTLE.toMillis());
                String nativeMemory = extraOptions.isEmpty() ? "" : NativeMemory.summary(process.pid());
                return new Start(
                        Duration.between(started, healthy).toMillis(),
                        ServiceJvm.statusKb(process.pid(), "VmRSS") >> 10,
                        ServiceJvm.threads(process.pid()),
                        nativeMemory);
            } finally {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
