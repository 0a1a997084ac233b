package io.engagementhub.app.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.persistence.ContractFloor;
import io.engagementhub.adapter.persistence.FlatFloor;
import io.engagementhub.adapter.persistence.Persistence;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A floor in a JVM of its own, started with the packaged service's settings ({@link
 * ServiceJvm#launcherOptions()}: its heap, collector and compiler), so that the store and the plain
 * programs it is measured against can be compared in the same memory. Its {@link #main} reads the
 * simulator's clicks into the database it is given, through the flat floor ({@link FlatFloor}) or
 * the contract floor ({@link ContractFloor}), and prints how many it stored.
 */
final class FloorProcess {

    private static final String STORED = "stored ";
    private static final String TOKEN = "FLOOR_ACCESS_TOKEN";

    private FloorProcess() {}

    /** Which floor stores the clicks. */
    enum Kind {
        FLAT,
        CONTRACT;

        /**
         * Creates this floor's tables in {@code database}; answers where {@code account}'s pages
         * go.
         */
        CopernicaFloor.Sink sinkInto(DataSource database, String account) throws SQLException {
            if (this == FLAT) {
                return FlatFloor.create(database)::insert;
            }
            ContractFloor floor = ContractFloor.create(database);
            return rows -> floor.append(account, "ms/clicks", rows);
        }
    }

    /**
     * Runs the {@code kind} floor in a JVM with the service's settings and then {@code options};
     * returns the events it stored and the seconds it took, timed inside that JVM from its first
     * read (its start-up left out, as the service's is). The access token goes to it in its
     * environment, not on its command line, where any process could read it.
     */
    static Stored run(
            Kind kind,
            String options,
            List<String> connection,
            URI baseUrl,
            String token,
            ZoneId zone,
            String account,
            int page)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ServiceJvm.java());
        command.addAll(ServiceJvm.launcherOptions());
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath(), FloorProcess.class.getName()));
        command.add(kind.name());
        command.addAll(connection.subList(0, 2));
        command.addAll(List.of(baseUrl.toString(), zone.getId(), account, Integer.toString(page)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(TOKEN, token);
        Process process = builder.start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes());
        }
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0 || !output.contains(STORED)) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + kind + " floor's JVM failed:\n" + output);
        }
        String[] figures = output.substring(output.lastIndexOf(STORED) + STORED.length())
                .trim()
                .split(" ");
        return new Stored(Long.parseLong(figures[0]), Double.parseDouble(figures[1]));
    }

    /** What the floor's JVM stored, and in how many seconds. */
    record Stored(long events, double seconds) {}

    /**
     * This benchmark's class path: Maven's exec plugin runs it in a class loader of its own, whose
     * URLs hold it (the JVM's {@code java.class.path} is Maven's).
     */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = FloorProcess.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** {@code kind url user baseUrl zone account page}, the access token in the environment. */
    public static void main(String[] args) throws Exception {
        Kind kind = Kind.valueOf(args[0]);
        try (HikariDataSource database = Persistence.pooledDataSource(args[1], args[2], "")) {
            CopernicaFloor reader = new CopernicaFloor(URI.create(args[3]), System.getenv(TOKEN), ZoneId.of(args[4]));
            String account = args[5];
            int page = Integer.parseInt(args[6]);
            CopernicaFloor.Sink sink = kind.sinkInto(database, account);
            long started = System.nanoTime();
            long stored = reader.run(sink, account, page);
            System.out.println(STORED + stored + " " + (System.nanoTime() - started) / 1e9);
        }
    }
}
