package io.engagementhub.adapter.classification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.port.out.UserAgentParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua_parser.Parser;

/**
 * The {@link UserAgentParser} on ua-parser (uap-java with the uap-core regular expressions it
 * bundles): agent, operating system and device family, from which {@link ClientClasses} derives
 * the device and agent class. Its rules take about 2 MB of heap (Yauaa, used before, kept about
 * 100 MB whatever fields were asked for: ADR 0012). Each distinct agent is parsed once while it
 * stays among the {@code cacheSize} most used. Loading the rules takes a few hundred milliseconds:
 * it starts in the background when this parser is made, and the first parse waits for it.
 */
public final class UapUserAgentParser implements UserAgentParser {

    private static final Logger LOG = LoggerFactory.getLogger(UapUserAgentParser.class);
    private static final String VERSION = "uap-java-" + uapVersion() + "-classes" + ClientClasses.REVISION;

    private final CompletableFuture<Parser> parser;
    private final Cache<String, ParsedClient> parsed;

    private UapUserAgentParser(int cacheSize) {
        parser = CompletableFuture.supplyAsync(UapUserAgentParser::load, UapUserAgentParser::startDaemon);
        parsed = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** A parser whose rules start loading now, in the background, keeping {@code cacheSize} agents parsed. */
    public static UapUserAgentParser loadingInBackground(int cacheSize) {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cache size must not be negative, was " + cacheSize);
        }
        return new UapUserAgentParser(cacheSize);
    }

    private static Parser load() {
        long started = System.nanoTime();
        Parser loaded = new Parser();
        LOG.info("User-agent parser ({}) ready in {} ms", VERSION, (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "user-agent-rules-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the rules are loaded (the first parse does the same). */
    public UapUserAgentParser awaitLoaded() {
        parser();
        return this;
    }

    /** Whether the rules have finished loading. */
    public boolean loaded() {
        return parser.isDone() && !parser.isCompletedExceptionally();
    }

    @Override
    public ParsedClient parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return ParsedClient.UNKNOWN;
        }
        return parsed.get(userAgent, agent -> ClientClasses.of(parser().parse(agent), agent));
    }

    @Override
    public String version() {
        return VERSION;
    }

    private Parser parser() {
        try {
            return parser.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the user-agent rules load", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the user-agent rules failed to load: " + e.getCause(), e.getCause());
        }
    }

    /** uap-java's own version, from the Maven properties in its jar, so a new release reclassifies. */
    private static String uapVersion() {
        try (InputStream in =
                Parser.class.getResourceAsStream("/META-INF/maven/com.github.ua-parser/uap-java/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
