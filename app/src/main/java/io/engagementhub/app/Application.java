package io.engagementhub.app;

import io.engagementhub.app.demo.DemoMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.Arrays;
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

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {}

    /** How long a failed start may take to close what it opened before the process is halted. */
    private static final long CLOSE_GRACE_MILLIS = 10_000;

    public static void main(String[] args) {
        boolean demo = Arrays.asList(args).contains("--demo");
        String[] micronautArgs =
                Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try {
            start(micronautArgs, demo);
        } catch (RuntimeException e) {
            LOG.error("Engagement Hub did not start: {}", StartupFailure.describe(e));
            LOG.debug("start-up failure", e);
            exit(2);
        }
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
