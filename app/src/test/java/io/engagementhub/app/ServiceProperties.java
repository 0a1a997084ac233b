package io.engagementhub.app;

import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.util.HashMap;
import java.util.Map;

/** What every service a test starts in this process is configured with, and its accounts. */
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

    /** Adds a Copernica REST v2 account {@code name} on {@code copernica}, with the simulator's token. */
    static void copernicaAccount(Map<String, Object> properties, String name, CopernicaSimulator copernica) {
        copernicaAccount(properties, name, copernica, copernica.accessToken());
    }

    /** Adds a Copernica REST v2 account {@code name} on {@code copernica} with {@code accessToken}. */
    static void copernicaAccount(
            Map<String, Object> properties, String name, CopernicaSimulator copernica, String accessToken) {
        String prefix = "engagement.accounts." + name + ".";
        properties.put(prefix + "provider", "copernica");
        properties.put(prefix + "base-url", copernica.baseUrl().toString());
        properties.put(prefix + "access-token", accessToken);
    }
}
