package io.engagementhub.app.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.persistence.ContractFloor;
import io.engagementhub.adapter.persistence.Persistence;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The contract floor in a JVM of its own, started with the packaged service's settings ({@link
 * ServiceJvm#launcherOptions()}: its heap, collector and compiler), so that the store and the least
 * plain program that keeps its promises are compared in the same memory. Its {@link #main} reads
 * the simulator's clicks into the database it is given and prints how many it stored.
 */
final class ContractFloorProcess {

    private static final String STORED = "stored ";

    private ContractFloorProcess() {}

    /**
     * Runs the contract floor in a JVM with the service's settings and then {@code options}; returns
     * the events it stored and the seconds it took, timed inside that JVM from its first read (its
     * start-up left out, as the service's is).
     */
    static Stored run(
            String options, List<String> connection, URI baseUrl, String token, ZoneId zone, String account, int page)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ServiceJvm.java());
        command.addAll(ServiceJvm.launcherOptions());
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath(), ContractFloorProcess.class.getName()));
        command.addAll(connection.subList(0, 2));
        command.addAll(List.of(baseUrl.toString(), token, zone.getId(), account, Integer.toString(page)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes());
        }
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0 || !output.contains(STORED)) {
            process.destroyForcibly();
            throw new IllegalStateException("the contract floor's JVM failed:\n" + output);
        }
        String[] figures = output.substring(output.lastIndexOf(STORED) + STORED.length())
                .trim()
                .split(" ");
        return new Stored(Long.parseLong(figures[0]), Double.parseDouble(figures[1]));
    }

    /** What the contract floor's JVM stored, and in how many seconds. */
    record Stored(long events, double seconds) {}

    /**
     * This benchmark's class path: Maven's exec plugin runs it in a class loader of its own, whose
     * URLs hold it (the JVM's {@code java.class.path} is Maven's).
     */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = ContractFloorProcess.class.getClassLoader();
                loader != null;
                loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** {@code url user baseUrl token zone account page}. */
    public static void main(String[] args) throws Exception {
        try (HikariDataSource database = Persistence.pooledDataSource(args[0], args[1], "")) {
            ContractFloor floor = ContractFloor.create(database);
            CopernicaFloor reader = new CopernicaFloor(URI.create(args[2]), args[3], ZoneId.of(args[4]));
            String account = args[5];
            long started = System.nanoTime();
            long stored =
                    reader.run(page -> floor.append(account, "ms/clicks", page), account, Integer.parseInt(args[6]));
            System.out.println(STORED + stored + " " + (System.nanoTime() - started) / 1e9);
        }
    }
}
