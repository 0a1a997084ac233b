package io.engagementhub.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP plumbing every simulator shares: a JDK {@link HttpServer} on a free loopback port,
 * requests counted per path, and faults answered on demand instead of the real response. A
 * simulator supplies the {@link HttpHandler} that gives the real responses.
 */
public final class SandboxServer implements AutoCloseable {

    private static final String LOADBALANCER_HTML = "<html><head><title>Loadbalancer Error</title></head>"
            + "<body><h1>Loadbalancer Error</h1><p>There are too many requests to handle.</p></body></html>";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, AtomicLong> requestsPerPath = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private volatile Duration slowDelay = Duration.ofSeconds(2);

    /** Starts a server on a free port of 127.0.0.1 that answers every path with {@code handler}. */
    public static SandboxServer start(HttpHandler handler) {
        try {
            return new SandboxServer(handler);
        } catch (IOException e) {
            throw new IllegalStateException("could not start a sandbox server on 127.0.0.1", e);
        }
    }

    private SandboxServer(HttpHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> serve(exchange, handler));
        server.setExecutor(executor);
        server.start();
    }

    /** The server's root, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next requests with these faults, one each, in order, then real responses again. */
    public void injectFaults(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** How long a {@link Fault#SLOW} response is delayed. */
    public void slowDown(Duration delay) {
        slowDelay = Objects.requireNonNull(delay, "delay");
    }

    /** Requests served so far on {@code path} (faults included). */
    public long requests(String path) {
        AtomicLong count = requestsPerPath.get(path);
        return count == null ? 0 : count.get();
    }

    /** Requests served so far on all paths. */
    public long totalRequests() {
        return requestsPerPath.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Requests served so far, per path, sorted by path. */
    public Map<String, Long> requestsPerPath() {
        Map<String, Long> copy = new TreeMap<>();
        requestsPerPath.forEach((path, count) -> copy.put(path, count.get()));
        return copy;
    }

    /** Forgets the request counts. */
    public void resetCounts() {
        requestsPerPath.clear();
    }

    private void serve(HttpExchange exchange, HttpHandler handler) throws IOException {
        requestsPerPath
                .computeIfAbsent(exchange.getRequestURI().getRawPath(), path -> new AtomicLong())
                .incrementAndGet();
        Fault fault = faults.poll();
        if (fault == Fault.CONNECTION_RESET) {
            // An exception out of a handler makes the JDK server drop the connection, unanswered.
            throw new ConnectionDropped();
        }
        try (exchange) {
            if (fault == null) {
                handler.handle(exchange);
            } else {
                answerFault(exchange, handler, fault);
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, "text/plain", "sandbox error: " + e);
        }
    }

    private void answerFault(HttpExchange exchange, HttpHandler handler, Fault fault) throws IOException {
        switch (fault) {
            case BAD_GATEWAY_HTML -> respond(exchange, 502, "text/html", LOADBALANCER_HTML);
            case UNAVAILABLE_HTML -> respond(exchange, 503, "text/html", LOADBALANCER_HTML);
            case GATEWAY_TIMEOUT_HTML -> respond(exchange, 504, "text/html", LOADBALANCER_HTML);
            case TOO_MANY_REQUESTS -> respond(exchange, 429, "text/plain", "Too Many Requests");
            case TRUNCATED_JSON ->
                respond(exchange, 200, "application/json", "{\"start\":0,\"limit\":100,\"data\":[{\"I");
            case CONNECTION_RESET -> throw new ConnectionDropped();
            case SLOW -> {
                sleep(slowDelay);
                handler.handle(exchange);
            }
        }
    }

    /** Writes a complete response. */
    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown to drop a connection without an answer. */
    private static final class ConnectionDropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionDropped() {
            super("connection dropped on purpose (injected fault)", null, false, false);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
