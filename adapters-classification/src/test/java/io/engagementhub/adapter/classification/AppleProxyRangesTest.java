package io.engagementhub.adapter.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppleProxyRangesTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    static String fixture() throws IOException, URISyntaxException {
        return Path.of(AppleProxyRangesTest.class
                        .getResource("/apple-egress-sample.csv")
                        .toURI())
                .toString();
    }

    @Test
    void withoutAListOnlyApplesOwnNetworkCounts() {
        AppleProxyRanges ranges = AppleProxyRanges.builtIn();

        assertThat(ranges.contains("17.1.2.3")).isTrue();
        assertThat(ranges.contains("172.224.224.5")).isFalse();
        assertThat(ranges.refresh()).isFalse();
        assertThat(ranges.location()).isNull();
    }

    @Test
    void aListInApplesFormatAddsItsIpv4AndIpv6Ranges() throws Exception {
        AppleProxyRanges ranges = AppleProxyRanges.from(fixture(), TIMEOUT);

        assertThat(ranges.contains("172.224.224.5")).isTrue();
        assertThat(ranges.contains("2a09:bac0:1000:98::17")).isTrue();
        assertThat(ranges.contains("17.1.2.3")).isTrue();
        assertThat(ranges.contains("172.224.225.1")).isFalse();
        assertThat(ranges.size()).isEqualTo(6);
    }

    @Test
    void aChangedFileChangesTheFingerprintAndABrokenOneKeepsTheRanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("egress.csv");
        Files.writeString(file, "172.224.224.0/27,GB,GB-EN,London,\n");
        AppleProxyRanges ranges = AppleProxyRanges.from(file.toString(), TIMEOUT);
        String first = ranges.fingerprint();

        assertThat(ranges.refresh()).isFalse();
        Files.writeString(file, "104.28.30.64/26,US,US-CA,Los Angeles,\n");
        assertThat(ranges.refresh()).isTrue();
        assertThat(ranges.fingerprint()).isNotEqualTo(first);
        assertThat(ranges.contains("104.28.30.70")).isTrue();
        assertThat(ranges.contains("172.224.224.5")).isFalse();

        Files.writeString(file, "not a prefix,US,,,\n");
        assertThat(ranges.refresh()).isFalse();
        assertThat(ranges.contains("104.28.30.70")).isTrue();
    }

    @Test
    void aUrlIsAskedAgainWithItsEtagAndA304KeepsTheRanges() throws Exception {
        AtomicReference<String> body = new AtomicReference<>("172.224.224.0/27,GB,GB-EN,London,\n");
        List<String> conditions = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/egress-ip-ranges.csv", exchange -> {
            String etag = "\"" + Integer.toHexString(body.get().hashCode()) + "\"";
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(String.valueOf(asked));
            if (etag.equals(asked)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/egress-ip-ranges.csv";
            AppleProxyRanges ranges = AppleProxyRanges.from(url, TIMEOUT);
            assertThat(ranges.contains("172.224.224.5")).isTrue();

            assertThat(ranges.refresh()).isFalse();
            body.set("2a02:26f7:b3c0:4000::/64,US,US-CA,Los Angeles,\n");
            assertThat(ranges.refresh()).isTrue();

            assertThat(ranges.contains("2a02:26f7:b3c0:4000::9")).isTrue();
            assertThat(ranges.contains("172.224.224.5")).isFalse();
            assertThat(conditions).hasSize(3);
            assertThat(conditions.get(0)).isEqualTo("null");
            assertThat(conditions.get(1)).startsWith("\"");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aLineWithoutAPrefixIsNamedByItsNumber() {
        assertThatThrownBy(() -> AppleEgressCsv.prefixes("172.224.224.0/27,GB,,,\n\n# note\nlondon,GB,,,\n"))
                .hasMessageStartingWith("line 4:");
    }
}
