package io.engagementhub.app.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The service's logging, set up in code: Logback parsing an XML file took about 0.2 s of every
 * start (docs/benchmarks.md, "The process"). A user's own file ({@code -Dlogback.configurationFile},
 * or a {@code logback-test.xml} on the class path) still wins: this configurator then steps aside.
 * INFO by default ({@code ENGAGEMENT_LOG_LEVEL} sets the root); secrets stay out of every level
 * anyway, and the provider clients' wire loggers stay at INFO whatever the root's level, since at
 * DEBUG a Copernica v2 request URI shows the API token.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ServiceLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /** Loggers held at a level of their own, whatever the root's. */
    static final Map<String, Level> FIXED = Map.of(
            // A failed start is reported once, in one line naming the key, by Application.
            "io.micronaut.http.server.netty.NettyHttpServer", Level.OFF,
            // A version notice for H2 at every start; nothing a user can act on.
            "org.jooq.impl.DefaultExecuteContext.logVersionSupport", Level.ERROR,
            "io.engagementhub.adapter.copernica.wire", Level.INFO,
            "io.engagementhub.adapter.constantcontact.wire", Level.INFO);

    private final UnaryOperator<String> environment;
    private final BooleanSupplier userFile;

    public ServiceLogging() {
        this(
                System::getenv,
                () -> System.getProperty("logback.configurationFile") != null
                        || ServiceLogging.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    ServiceLogging(UnaryOperator<String> environment, BooleanSupplier userFile) {
        this.environment = environment;
        this.userFile = userFile;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (userFile.getAsBoolean()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        root.setLevel(Level.toLevel(environment.apply("ENGAGEMENT_LOG_LEVEL"), Level.INFO));
        FIXED.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
