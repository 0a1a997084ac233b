package io.engagementhub.app.ops;

import io.engagementhub.app.config.ConfiguredAccounts;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says where to point a browser once the server listens. */
@Singleton
public record StartupBanner(ConfiguredAccounts accounts) implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        URL url = event.getSource().getURL();
        String base = url.getProtocol() + "://localhost:" + url.getPort();
        LOG.info(
                "Engagement Hub is up with {} account(s): {}",
                accounts.all().size(),
                accounts.all().stream()
                        .map(a -> a.name() + " (" + a.provider() + ")")
                        .toList());
        LOG.info(
                "Open {}/ui/ for the dashboard, {}/swagger-ui/ for the API, {}/api/v1/events for events, {}/health"
                        + " and {}/prometheus",
                base,
                base,
                base,
                base,
                base);
    }
}
