package io.engagementhub.adapter.classification;

import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.port.out.UserAgentParser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;
import nl.basjes.parse.useragent.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link UserAgentParser} on Yauaa. The analyzer is built with only the five fields the domain
 * keeps (its documentation gives about 220 MiB for the full analyzer; fewer fields load fewer
 * rules) and an LRU cache of parsed agents, so each distinct agent is parsed once. Building it takes
 * seconds: it starts in the background when this parser is made, and the first parse waits for it.
 */
public final class YauaaUserAgentParser implements UserAgentParser {

    static final String DEVICE_CLASS = "DeviceClass";
    static final String OPERATING_SYSTEM = "OperatingSystemName";
    static final String AGENT_NAME = "AgentName";
    static final String AGENT_VERSION = "AgentVersion";
    static final String AGENT_CLASS = "AgentClass";

    private static final List<String> FIELDS =
            List.of(DEVICE_CLASS, OPERATING_SYSTEM, AGENT_NAME, AGENT_VERSION, AGENT_CLASS);
    private static final Logger LOG = LoggerFactory.getLogger(YauaaUserAgentParser.class);

    private final CompletableFuture<UserAgentAnalyzer> analyzer;

    private YauaaUserAgentParser(int cacheSize) {
        analyzer = CompletableFuture.supplyAsync(() -> build(cacheSize), YauaaUserAgentParser::startDaemon);
    }

    /** A parser whose analyzer starts loading now, in the background, caching {@code cacheSize} agents. */
    public static YauaaUserAgentParser loadingInBackground(int cacheSize) {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cache size must not be negative, was " + cacheSize);
        }
        return new YauaaUserAgentParser(cacheSize);
    }

    private static UserAgentAnalyzer build(int cacheSize) {
        long started = System.nanoTime();
        UserAgentAnalyzer.UserAgentAnalyzerBuilder builder = UserAgentAnalyzer.newBuilder()
                .hideMatcherLoadStats()
                .dropTests()
                .immediateInitialization();
        builder = cacheSize == 0 ? builder.withoutCache() : builder.withCache(cacheSize);
        for (String field : FIELDS) {
            builder = builder.withField(field);
        }
        UserAgentAnalyzer built = builder.build();
        LOG.info("User-agent parser (Yauaa) ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "yauaa-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the analyzer is loaded (the first parse does the same). */
    public YauaaUserAgentParser awaitLoaded() {
        analyzer();
        return this;
    }

    /** Whether the analyzer has finished loading. */
    public boolean loaded() {
        return analyzer.isDone() && !analyzer.isCompletedExceptionally();
    }

    @Override
    public ParsedClient parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return ParsedClient.UNKNOWN;
        }
        UserAgent agent = analyzer().parse(userAgent);
        return new ParsedClient(
                known(agent.getValue(DEVICE_CLASS)),
                known(agent.getValue(OPERATING_SYSTEM)),
                known(agent.getValue(AGENT_NAME)),
                known(agent.getValue(AGENT_VERSION)),
                known(agent.getValue(AGENT_CLASS)));
    }

    @Override
    public String version() {
        return "yauaa-" + Version.PROJECT_VERSION + "-" + String.join(",", FIELDS);
    }

    private UserAgentAnalyzer analyzer() {
        try {
            return analyzer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the user-agent parser loads", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the user-agent parser failed to load: " + e.getCause(), e.getCause());
        }
    }

    /** Yauaa's placeholders for "not known" become null. */
    static String known(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "Unknown", "??", "Unknown ??", "-" -> null;
            default -> value;
        };
    }
}
