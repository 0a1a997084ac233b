package io.engagementhub.app.config.planted;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Planted violation: configuration as a mutable class with an unhelpful name. */
@ConfigurationProperties("planted")
public class MutableConfig {
    private String value;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
