package io.engagementhub.app;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.app.wiring.StartupPreparation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service. With {@code --demo} it first starts both provider simulators on loopback
 * with seeded data and configures one account for each, so everything works without credentials.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Engagement Hub",
                        version = "0.1",
                        description = "Email engagement events pulled from Copernica and Constant Contact, "
                                + "stored exactly once, queried in one shape."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "One of the tokens in engagement.api.tokens. Without configured tokens the API answers"
                + " loopback clients only, with or without a token.")
public final class Application {

    private Application() {}

    /** The argument of {@link #trainingRun}. */
    static final String TRAINING_RUN = "--training-run";

    /** How long a failed start may take to close what it opened before the process is halted. */
    private static final long CLOSE_GRACE_MILLIS = 10_000;

    public static void main(String[] args) {
        boolean demo = Arrays.asList(args).contains("--demo");
        boolean training = Arrays.asList(args).contains(TRAINING_RUN);
        String[] micronautArgs = Arrays.stream(args)
                .filter(a -> !a.equals("--demo") && !a.equals(TRAINING_RUN))
                .toArray(String[]::new);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        StartupPreparation.begin();
        try {
            if (training) {
                trainingRun(micronautArgs);
                exit(0);
            }
            start(micronautArgs, demo);
        } catch (IOException e) {
            log().error("The training run could not reach the service: {}", e.toString());
            exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit(2);
        } catch (RuntimeException e) {
            log().error("Engagement Hub did not start: {}", StartupFailure.describe(e));
            log().debug("start-up failure", e);
            exit(2);
        }
    }

    /** Asked for only when needed, so that Logback sets itself up while the start is under way. */
    private static Logger log() {
        return LoggerFactory.getLogger(Application.class);
    }

    /**
     * Exits even when a thread that is not a daemon (a scheduler, a pool) or a shutdown hook would
     * keep the process alive: a failed start must end, not hang.
     */
    private static void exit(int status) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(CLOSE_GRACE_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(status);
                },
                "engagement-hub-exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.exit(status);
    }

    /**
     * Starts the service on an in-memory store and a free loopback port, asks its health and its
     * accounts once, and stops: the launcher runs this once per build with {@code
     * -XX:ArchiveClassesAtExit} so that later starts map the classes a start loads from that archive
     * (class-data sharing) instead of loading them one by one.
     */
    static void trainingRun(String[] args) throws IOException, InterruptedException {
        try (ApplicationContext context = ApplicationContext.builder()
                .args(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(Map.of(
                        "datasources.default.url", "jdbc:h2:mem:training-run",
                        "micronaut.server.host", "127.0.0.1",
                        "micronaut.server.port", -1,
                        "engagement.sync.every", "off"))
                .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("/health", "/api/v1/accounts")) {
                client.send(
                        HttpRequest.newBuilder(server.getURI().resolve(path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /**
     * Starts the context and the HTTP server. Not through {@code Micronaut.run}: that logs a stack
     * trace and exits on any startup error, where a bad configuration deserves one clear line.
     */
    static ApplicationContext start(String[] args, boolean demo) {
        ApplicationContextBuilder builder = ApplicationContext.builder()
                .args(args)
                .mainClass(Application.class)
                .banner(false);
        if (demo) {
            DemoMode sandboxes = DemoMode.start();
            builder.environments(DemoMode.ENVIRONMENT).properties(sandboxes.properties());
            Runtime.getRuntime().addShutdownHook(new Thread(sandboxes::close, "demo-sandboxes-stop"));
        }
        ApplicationContext context = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "engagement-hub-stop"));
        context.getBean(EmbeddedServer.class).start();
        return context;
    }
}
