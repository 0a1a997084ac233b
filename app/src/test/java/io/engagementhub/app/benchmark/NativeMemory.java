package io.engagementhub.app.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JVM's Native Memory Tracking summary, read with {@code jcmd}: committed MB per category. */
final class NativeMemory {

    private static final Pattern CATEGORY =
            Pattern.compile("^(?:-\\s+)?([A-Za-z ]+?):?\\s*\\(?reserved=\\d+KB, committed=(\\d+)KB");

    private NativeMemory() {}

    /** "Total 231, Java Heap 98, Class 11, …" in MB, or why there is none. */
    static String summary(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid),
                        "VM.native_memory",
                        "summary")
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        StringJoiner categories = new StringJoiner(", ");
        for (String line : output.split("\n")) {
            Matcher matcher = CATEGORY.matcher(line.trim());
            if (matcher.find()) {
                long mb = Long.parseLong(matcher.group(2)) >> 10;
                if (mb > 0 && !matcher.group(1).equals("mmap")) {
                    categories.add(matcher.group(1) + " " + mb);
                }
            }
        }
        return categories.length() == 0 ? "no NMT summary: " + output.strip() : categories.toString();
    }
}
