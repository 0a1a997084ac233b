package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded library fits a small service: {@link EmbeddedSyncProgram} (both adapters, H2,
 * classification on) syncs all of the demo data in a JVM limited to a 128 MB heap.
 */
class EmbeddedSmallHeapIT {

    @Test
    void bothDemoAccountsSyncCompletelyInA128MegabyteHeap(@TempDir Path store) throws Exception {
        Process program = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedSyncProgram.class.getName(),
                        store.toString()))
                .redirectErrorStream(true)
                .redirectOutput(store.resolve("output.txt").toFile())
                .start();
        boolean ended = program.waitFor(5, TimeUnit.MINUTES);
        program.destroyForcibly();
        String output = Files.readString(store.resolve("output.txt"));
        assertThat(ended).as(output).isTrue();

        assertThat(program.exitValue()).as(output).isZero();
        assertThat(output)
                .containsPattern("copernica: SUCCEEDED, (\\d+) of \\1 events stored")
                .containsPattern("constantcontact: SUCCEEDED, (\\d+) of \\1 events stored")
                .containsPattern("max heap 1[0-2]\\d MB");
    }
}
