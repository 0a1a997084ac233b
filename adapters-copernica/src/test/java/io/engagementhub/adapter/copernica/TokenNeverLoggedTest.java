package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.sandbox.Fault;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulatorSettings;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TokenNeverLoggedTest {

    private static final String TOKEN = "tok/SECRET+value-8d1e";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previous;
    private ch.qos.logback.core.Appender<ILoggingEvent> console;

    @BeforeEach
    void captureEverythingAtTrace() {
        previous = root.getLevel();
        console = root.getAppender("STDOUT");
        root.detachAppender("STDOUT");
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void restore() {
        root.setLevel(previous);
        root.detachAppender(captured);
        if (console != null) {
            root.addAppender(console);
        }
    }

    @Test
    void noLogLineMessageOrCauseEverShowsTheAccessTokenDuringSyncsWithFailures() {
        CopernicaSimulatorSettings settings = CopernicaSimulatorSettings.DEFAULTS.withAccessToken(TOKEN);
        CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(300, 5), settings);
        try (SimulatedAccount account =
                new SimulatedAccount(sim, SimulatedAccount.settings(sim, 100), new RecordingObserver())) {
            sim.server()
                    .injectFaults(
                            Fault.UNAVAILABLE_HTML,
                            Fault.CONNECTION_RESET,
                            Fault.TRUNCATED_JSON,
                            Fault.TOO_MANY_REQUESTS,
                            Fault.BAD_GATEWAY_HTML,
                            Fault.GATEWAY_TIMEOUT_HTML);
            SyncRun first = account.syncOnce();
            sim.server()
                    .injectFaults(
                            Fault.UNAVAILABLE_HTML,
                            Fault.UNAVAILABLE_HTML,
                            Fault.UNAVAILABLE_HTML,
                            Fault.UNAVAILABLE_HTML);
            SyncRun second = account.syncOnce();
            assertThat(List.of(first.toString(), second.toString())).noneMatch(text -> text.contains(TOKEN));
        }
        try (CopernicaSimulator other = CopernicaSimulator.start(CopernicaDataSet.of(10, 1))) {
            CopernicaSettings rejected = CopernicaSettings.of("shop-nl", other.baseUrl(), TOKEN);
            try (CopernicaEngagementSource source = CopernicaEngagementSource.create(rejected, Clock.systemUTC())) {
                SimulatedAccount.assertAccessDenied(source);
            }
        }

        List<String> ours = lines(false);
        assertThat(ours)
                .as("the transport logged its requests at DEBUG, as URI templates")
                .anyMatch(line -> line.contains("GET /v2/ms/clicks of account"));
        assertThat(ours).as("retries were logged").anyMatch(line -> line.contains("retrying"));
        assertThat(ours).noneMatch(TokenNeverLoggedTest::showsTheToken);
        assertThat(lines(true))
                .as("what the README says: the client's wire logger at DEBUG shows v2 URIs, token included")
                .anyMatch(TokenNeverLoggedTest::showsTheToken);
    }

    /** On v4 the token travels only in the login's body: the wire logger's DEBUG lines show neither it nor a JWT. */
    @Test
    void onV4NeitherTheApiTokenNorAJwtIsInAnyLineEvenWithTheWireLoggerAtDebug() {
        Logger wire = (Logger) LoggerFactory.getLogger(CopernicaEngagementSource.WIRE_LOGGER);
        wire.setLevel(Level.DEBUG);
        CopernicaSimulatorSettings settings = CopernicaSimulatorSettings.DEFAULTS
                .withAccessToken(TOKEN)
                .withJwt(new CopernicaSimulatorSettings.JwtRules(java.time.Duration.ofHours(24), 5, 401));
        CopernicaSimulator sim = CopernicaSimulator.start(CopernicaDataSet.of(300, 5), settings);
        try (SimulatedAccount account =
                new SimulatedAccount(sim, SimulatedAccount.v4Settings(sim, 100), new RecordingObserver())) {
            sim.server().injectFaults(Fault.UNAVAILABLE_HTML, Fault.CONNECTION_RESET, Fault.TOO_MANY_REQUESTS);
            SyncRun run = account.syncOnce();
            assertThat(run.toString()).doesNotContain(TOKEN).doesNotContain("eyJ");
        } finally {
            wire.setLevel(null);
        }
        assertThat(lines(true))
                .anyMatch(line -> line.startsWith(CopernicaEngagementSource.WIRE_LOGGER) && line.contains("/v4/"))
                .noneMatch(line -> showsTheToken(line) || line.contains("eyJ"));
    }

    private List<String> lines(boolean withWire) {
        return captured.list.stream()
                .filter(event -> withWire || !event.getLoggerName().equals(CopernicaEngagementSource.WIRE_LOGGER))
                .map(TokenNeverLoggedTest::describe)
                .toList();
    }

    private static boolean showsTheToken(String line) {
        return line.contains(TOKEN) || line.contains("SECRET%2Bvalue") || line.contains("tok%2FSECRET");
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
