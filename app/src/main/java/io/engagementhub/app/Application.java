package io.engagementhub.app;

import io.engagementhub.app.config.InvalidConfigurationException;
import io.engagementhub.app.demo.DemoMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
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
                                + "stored exactly once, queried in one shape."))
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {}

    public static void main(String[] args) {
        boolean demo = Arrays.asList(args).contains("--demo");
        String[] micronautArgs =
                Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new);
        try {
            start(micronautArgs, demo);
        } catch (RuntimeException e) {
            InvalidConfigurationException invalid = configurationProblem(e);
            if (invalid == null) {
                throw e;
            }
            LOG.error("Engagement Hub did not start: {}", invalid.getMessage());
            System.exit(2);
        }
    }

    static ApplicationContext start(String[] args, boolean demo) {
        ApplicationContextBuilder builder =
                Micronaut.build(args).mainClass(Application.class).banner(false);
        if (demo) {
            DemoMode sandboxes = DemoMode.start();
            builder.environments("demo").properties(sandboxes.properties());
            Runtime.getRuntime().addShutdownHook(new Thread(sandboxes::close, "demo-sandboxes-stop"));
        }
        return builder.start();
    }

    private static InvalidConfigurationException configurationProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
