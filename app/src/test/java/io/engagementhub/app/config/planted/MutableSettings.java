package io.engagementhub.app.config.planted;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Planted violation: configuration well named but a mutable class, not a record. */
@ConfigurationProperties("planted-settings")
public class MutableSettings {
    private String value;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
