package io.engagementhub.baseline;

import io.micronaut.runtime.Micronaut;

/** Starts the bare service: Micronaut's Netty server with {@code /health} and one JSON endpoint. */
public final class BaselineService {

    private BaselineService() {}

    public static void main(String[] args) {
        Micronaut.run(BaselineService.class, args);
    }
}
