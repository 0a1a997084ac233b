package io.engagementhub.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service in a process of its own, so that a test can kill it without warning
 * ({@code kill -9}): no shutdown hook runs, no heartbeat is sent again. Its output goes to a file
 * under {@code target}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "engagement-app.jar");

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar engagement-app.jar} with every property as a {@code -key=value} argument. */
    static ServiceProcess start(String name, Map<String, Object> properties) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: it is built in the package phase");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString()));
        properties.forEach((key, value) -> command.add("-" + key + "=" + value));
        Path log = Path.of("target", "instance-" + name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(process, log);
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Kills the process at once (SIGKILL) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
