package io.engagementhub.app.planted;

import io.engagementhub.adapter.http.RetryAfter;
import java.time.Duration;
import java.time.Instant;

/** Planted violation: the app using the provider adapters' HTTP module. */
public class AppUsingProviderHttp {
    public Duration wait(String value) {
        return RetryAfter.parse(value, Instant.now());
    }
}
