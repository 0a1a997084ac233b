package io.engagementhub.app;

import java.util.HashMap;
import java.util.Map;

/** What every service a test starts in this process is configured with, before its accounts. */
final class ServiceProperties {

    private ServiceProperties() {}

    /**
     * A service on a free port that syncs only on request, answers the API token {@code token} and
     * stores in {@code databaseUrl}; the map takes the test's own properties.
     */
    static Map<String, Object> of(String token, String databaseUrl) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("engagement.sync.every", "off");
        properties.put("engagement.api.tokens", token);
        properties.put("datasources.default.url", databaseUrl);
        return properties;
    }
}
