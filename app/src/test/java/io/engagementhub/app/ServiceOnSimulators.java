package io.engagementhub.app;

import static io.engagementhub.app.Closing.closeAll;

import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/**
 * The service in this JVM beside a Copernica and a Constant Contact simulator, for the API tests
 * that need both: a subclass starts the simulators, then the service with {@link #runService};
 * {@link #stopService} stops all of it, whatever part of the start failed.
 */
abstract class ServiceOnSimulators {

    static final String COPERNICA = "cop";
    static final String CONSTANT_CONTACT = "cc";

    static CopernicaSimulator copernica;
    static ConstantContactSimulator constantContact;
    static EmbeddedServer server;
    static ApiClient api;

    /** Starts the service with {@code properties} and a client that calls its API with {@code token}. */
    static void runService(String token, Map<String, Object> properties) {
        properties.put("engagement.credentials.key", "it-credential-key-of-at-least-32-characters");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = new ApiClient(server.getURL(), token);
    }

    static void stopService() {
        closeAll(api, server == null ? null : server.getApplicationContext(), copernica, constantContact);
    }
}
