package io.engagementhub.sandbox.constantcontact;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny JDK HTTP client for the simulator tests, with crude JSON field extraction. */
final class SimClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ConstantContactSimulator sim;
    String accessToken;

    SimClient(ConstantContactSimulator sim) {
        this.sim = sim;
    }

    HttpResponse<String> refresh(String refreshToken) {
        String basic = Base64.getEncoder()
                .encodeToString((sim.clientId() + ":" + sim.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken))
                .build();
        return send(request);
    }

    /** Refreshes with the current refresh token and keeps the access token. */
    void login() {
        accessToken = field(refresh(sim.currentRefreshToken()).body(), "access_token");
    }

    HttpResponse<String> get(String pathAndQuery) {
        String root = sim.baseUrl().substring(0, sim.baseUrl().length() - "/v3".length());
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + pathAndQuery))
                .header("Authorization", "Bearer " + accessToken)
                .build();
        return send(request);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static int count(String json, String text) {
        int n = 0;
        for (int i = json.indexOf(text); i >= 0; i = json.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
