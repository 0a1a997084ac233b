package io.engagementhub.app.api;

import io.micronaut.serde.annotation.Serdeable;

/** The result of an erasure: how many events of the recipient were removed. */
@Serdeable
public record ErasureView(String account, long removed) {}
