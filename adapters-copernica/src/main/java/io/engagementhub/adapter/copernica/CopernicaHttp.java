package io.engagementhub.adapter.copernica;

import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.netty.DefaultHttpClient;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Micronaut HTTP client of one account without any application context.
 *
 * <p>Micronaut's client logs each request URI at DEBUG ("Sending HTTP GET to ...") and TRACE, and
 * Copernica requires the token in that URI (docs/providers/copernica.md#authentication). Micronaut offers no public
 * hook to mask those lines, so the client's private logger is replaced by a {@link TokenMaskingLogger};
 * if that is impossible (another Micronaut version), the client's logging is routed to a logger
 * named {@value #FALLBACK_LOGGER} and a warning says it must stay below DEBUG. A test captures
 * TRACE output and fails if the token ever appears.
 */
final class CopernicaHttp {

    static final String FALLBACK_LOGGER = "io.engagementhub.adapter.copernica.unmasked-http-client";
    private static final Logger LOG = LoggerFactory.getLogger(CopernicaHttp.class);

    private CopernicaHttp() {}

    static DefaultHttpClient client(URI baseUrl, Duration timeout, SecretMask mask) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(timeout);
        configuration.setConnectTimeout(timeout);
        configuration.setFollowRedirects(false);
        configuration.setLoggerName(FALLBACK_LOGGER);
        DefaultHttpClient client = new DefaultHttpClient(baseUrl, configuration);
        maskLogging(client, mask);
        return client;
    }

    private static void maskLogging(DefaultHttpClient client, SecretMask mask) {
        try {
            Field log = DefaultHttpClient.class.getDeclaredField("log");
            log.setAccessible(true);
            log.set(client, new TokenMaskingLogger(client.getLog(), mask));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn(
                    "Could not mask the Micronaut HTTP client's logger ({}); keep logger '{}' below DEBUG,"
                            + " its lines would show the Copernica access token",
                    e.getClass().getSimpleName(),
                    FALLBACK_LOGGER);
        }
    }
}
