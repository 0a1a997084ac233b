package io.engagementhub.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Micronaut client as both adapters use it, against a plain JDK server on a loopback port. */
class ProviderHttpTest {

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private ProviderHttp http;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200, "{\"data\":[]}", null));
        server.createContext(
                "/bad", exchange -> answer(exchange, 400, "{\"error\":{\"message\":\"Invalid method\"}}", null));
        server.createContext("/busy", exchange -> answer(exchange, 503, "<html>Loadbalancer Error</html>", "7"));
        server.createContext("/moved", exchange -> answer(exchange, 301, "", null));
        server.createContext("/slow", exchange -> {
            try {
                // A sleep, not a wait: this simulated server answers late on purpose, after the
                // client's 500 ms timeout.
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "{}", null);
        });
        server.start();
        http = ProviderHttp.ownClient(Duration.ofMillis(500), "io.engagementhub.adapter.http.test.wire");
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.getResponseHeaders()
                .add("Content-Type", body.startsWith("{") ? "application/json" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void everyStatusIsAnAnswerWithItsBodyAndHeaders() {
        ProviderHttp.Reply ok =
                http.exchange(HttpRequest.GET(uri("/ok?limit=1000")).bearerAuth("jwt"), "/ok");
        ProviderHttp.Reply bad = http.exchange(HttpRequest.GET(uri("/bad")), "/bad");
        ProviderHttp.Reply busy = http.exchange(HttpRequest.GET(uri("/busy")), "/busy");
        ProviderHttp.Reply moved = http.exchange(HttpRequest.GET(uri("/moved")), "/moved");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("{\"data\":[]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("Invalid method");
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).contains("7");
        assertThat(moved.status()).as("redirects are the adapter's to follow").isEqualTo(301);
        assertThat(seen.get(0)).isEqualTo("GET /ok?limit=1000 Bearer jwt");
    }

    @Test
    void noAnswerWithinTheTimeoutOrNoConnectionIsNoAnswerWithoutTheUri() throws IOException {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        URI refused = URI.create("http://127.0.0.1:" + closedPort + "/list?access_token=secret");

        assertThatThrownBy(() -> http.exchange(HttpRequest.GET(uri("/slow")), "/slow"))
                .isInstanceOfSatisfying(ProviderHttp.NoAnswer.class, e -> assertThat(e.timedOut())
                        .isTrue());
        assertThatThrownBy(() -> http.exchange(HttpRequest.GET(refused), "/list"))
                .isInstanceOfSatisfying(ProviderHttp.NoAnswer.class, e -> assertThat(e.timedOut())
                        .isFalse())
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("/list");
    }

    @Test
    void retryAfterIsSecondsOrADateAndNeverNegative() {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse(" 0 ", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse("-3", now)).isNull();
        assertThat(RetryAfter.parse("99999999999", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }
}
