package io.engagementhub.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * {@code engagement.api.tokens}: the bearer tokens that may call the API. With none, the API
 * answers loopback clients only. {@link #toString()} hides the tokens.
 */
@ConfigurationProperties("engagement.api")
public record ApiSettings(@Nullable List<String> tokens) {

    public ApiSettings {
        tokens = tokens == null
                ? List.of()
                : tokens.stream().filter(t -> !t.isBlank()).map(String::trim).toList();
    }

    @Override
    public String toString() {
        return "ApiSettings[tokens=" + tokens.size() + " configured]";
    }
}
