package io.engagementhub.app.benchmark;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where a benchmark finds the packaged service and keeps its files: the app module's build
 * directory, located from this class (in its {@code test-classes}), whatever directory Maven runs
 * the benchmark from.
 */
final class BenchmarkPaths {

    private BenchmarkPaths() {}

    /** The app module's {@code target} directory. */
    static Path buildDirectory() {
        try {
            return Path.of(BenchmarkPaths.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the build directory", e);
        }
    }

    /** The packaged service, built in the package phase. */
    static Path jar() {
        return buildDirectory().resolve("engagement-app.jar");
    }

    /** A directory for the benchmark's databases and logs. */
    static Path workDirectory() {
        return buildDirectory().resolve("benchmark");
    }
}
