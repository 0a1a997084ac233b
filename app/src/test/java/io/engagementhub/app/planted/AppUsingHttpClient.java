package io.engagementhub.app.planted;

import io.micronaut.http.client.HttpClient;

/** Planted violation: the Micronaut HTTP client outside the provider adapters. */
public class AppUsingHttpClient {
    public void close(HttpClient client) {
        client.close();
    }
}
