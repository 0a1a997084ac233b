package io.engagementhub.app.config.planted;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Planted violation: configuration as a record, but with an unhelpful name. */
@ConfigurationProperties("planted")
public record BadlyNamedConfig(String value) {}
