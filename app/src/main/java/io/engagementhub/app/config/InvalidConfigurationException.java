package io.engagementhub.app.config;

import java.util.List;

/** The configuration is unusable; the message names every offending key, never a secret. */
public final class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(List<String> problems) {
        super("invalid configuration: " + String.join("; ", problems));
    }
}
