package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConstantContactSecretsTest {

    @Test
    void noSecretAppearsInAnyLogLineOrRunMessageAcrossRefresh401AndInvalidGrant() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LoggerContext context = root.getLoggerContext();
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
        List<String> texts = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        try (SimulatedAccount account =
                new SimulatedAccount(ConstantContactDataSet.small().withCampaigns(1))) {
            account.sim.accessTokenExpiry(Duration.ofHours(1), 4);
            texts.add(account.sync().toString());
            account.sim.revokeRefreshToken();
            account.sim.expireAccessTokens();
            SyncRun denied = account.sync();
            assertThat(denied.message()).contains("invalid_grant");
            texts.add(denied.toString());
            texts.add(account.settings().toString());
            secrets.add(account.sim.clientSecret());
            secrets.addAll(account.sim.issuedTokens());
            String basic = account.sim.clientId() + ":" + account.sim.clientSecret();
            secrets.add(Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
        for (ILoggingEvent event : appender.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(appender.list).as("TRACE logging was captured").hasSizeGreaterThan(20);
        assertThat(appender.list)
                .as("the HTTP client's own wire logging, headers included, was part of it")
                .anyMatch(event -> event.getLoggerName().equals(ConstantContactEngagementSource.WIRE_LOGGER)
                        && event.getFormattedMessage().startsWith("Authorization"));
        assertThat(secrets).hasSizeGreaterThan(4);
        for (String secret : secrets) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
    }
}
