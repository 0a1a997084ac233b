package io.engagementhub.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's logging as set up in code: levels, the pinned wire loggers, and a user's file winning. */
class ServiceLoggingTest {

    @Test
    void theRootIsInfoAndTheWireLoggersStayAtInfoWhateverTheRootsLevel() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status =
                new ServiceLogging(Map.of("ENGAGEMENT_LOG_LEVEL", "TRACE")::get, () -> false).configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("ROOT").getLevel()).isEqualTo(Level.TRACE);
        assertThat(context.getLogger("io.engagementhub.adapter.copernica.wire").getEffectiveLevel())
                .isEqualTo(Level.INFO);
        assertThat(context.getLogger("io.engagementhub.adapter.constantcontact.wire.requests")
                        .getEffectiveLevel())
                .isEqualTo(Level.INFO);
        assertThat(context.getLogger("io.micronaut.http.server.netty.NettyHttpServer")
                        .getEffectiveLevel())
                .isEqualTo(Level.OFF);
        ConsoleAppender<ILoggingEvent> console =
                (ConsoleAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("STDOUT");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(ServiceLogging.PATTERN);
    }

    @Test
    void withoutALevelGivenTheRootIsInfo() {
        LoggerContext context = new LoggerContext();

        new ServiceLogging(name -> null, () -> false).configure(context);

        assertThat(context.getLogger("ROOT").getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void aUsersOwnFileWins() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = new ServiceLogging(name -> null, () -> true).configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("ROOT").getAppender("STDOUT")).isNull();
    }
}
