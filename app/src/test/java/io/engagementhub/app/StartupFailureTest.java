package io.engagementhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.config.InvalidConfigurationException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.net.BindException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one line a failed start ends with, for the failures users meet. */
class StartupFailureTest {

    @Test
    void aConfigurationProblemIsShownAsItIs() {
        RuntimeException wrapped = new IllegalStateException(
                "bean failed", new InvalidConfigurationException(List.of("engagement.accounts.a.provider: missing")));

        assertThat(StartupFailure.describe(wrapped)).contains("engagement.accounts.a.provider: missing");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsKey() {
        RuntimeException failure = new IllegalStateException(
                "Failed to inject value for parameter [port]",
                new IllegalArgumentException("Error resolving property value [micronaut.server.port]. Unable to"
                        + " convert value [abc] to target type [int] due to: For input string: \"abc\""));

        assertThat(StartupFailure.describe(failure)).isEqualTo("micronaut.server.port: 'abc' is not a valid int");
    }

    @Test
    void aPortThatCannotBeHadNamesThePortKey() {
        RuntimeException busy = new IllegalStateException(
                "Unable to start Micronaut server on *:8080", new BindException("Address already in use"));

        assertThat(StartupFailure.describe(busy))
                .isEqualTo("micronaut.server.port: cannot listen there (Address already in use)");
    }

    @Test
    void aDatabaseThatCannotBeOpenedNamesTheUrlKeyWithoutItsSecrets() {
        RuntimeException failure = new BeanInstantiationException(
                "Bean definition [javax.sql.DataSource] could not be loaded",
                new IllegalStateException("Failed to initialize pool: jdbc:postgresql://u:SECRET@h:1/x?password=S2"));

        assertThat(StartupFailure.describe(failure))
                .startsWith("datasources.default.url: cannot open the database (")
                .doesNotContain("SECRET", "S2");
    }
}
