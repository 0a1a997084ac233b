package io.engagementhub.adapter.copernica.planted;

import java.net.http.HttpClient;

/** Planted violation: a provider adapter on the JDK's HTTP client instead of Micronaut's. */
public class CopernicaUsingJdkHttp {
    public HttpClient client() {
        return HttpClient.newHttpClient();
    }
}
