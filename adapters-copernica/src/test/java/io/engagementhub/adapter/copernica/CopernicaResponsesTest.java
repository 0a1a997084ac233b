package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.port.out.EngagementSourceException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each kind of Copernica answer means, without a server. */
class CopernicaResponsesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final CopernicaResponses responses = new CopernicaResponses("acme", new SecretMask("t0ken"));

    private static HttpHeaders headers(Map<String, List<String>> values) {
        return HttpHeaders.of(values, (name, value) -> true);
    }

    private CopernicaFailure failure(int status, String body, Map<String, List<String>> headers) {
        return responses.failure("ms/clicks", status, body.getBytes(StandardCharsets.UTF_8), headers(headers), NOW);
    }

    @Test
    void eachAnswerHasItsKind() {
        assertThat(failure(503, "<html>Loadbalancer Error</html>", Map.of()).kind())
                .isEqualTo(CopernicaFailure.Kind.TRANSIENT);
        assertThat(failure(429, "", Map.of()).kind()).isEqualTo(CopernicaFailure.Kind.THROTTLED);
        assertThat(failure(400, "{\"error\":{\"message\":\"Invalid access token\"}}", Map.of())
                        .kind())
                .isEqualTo(CopernicaFailure.Kind.ACCESS_DENIED);
        CopernicaFailure unknownPath = failure(400, "{\"error\":{\"message\":\"Invalid method\"}}", Map.of());
        assertThat(unknownPath.kind()).isEqualTo(CopernicaFailure.Kind.REFUSED);
        assertThat(unknownPath.getMessage()).contains("HTTP 400", "'Invalid method'");
        assertThat(unknownPath.retryable()).isFalse();
    }

    @Test
    void aMessageMerelyMentioningTheTokenIsNoAccessDenial() {
        assertThat(failure(400, "{\"error\":{\"message\":\"access token of another account\"}}", Map.of())
                        .kind())
                .isEqualTo(CopernicaFailure.Kind.REFUSED);
    }

    @Test
    void a429Or503CarriesItsRetryAfterInSecondsOrAsADate() {
        assertThat(failure(429, "", Map.of("Retry-After", List.of("7"))).retryAfter())
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(failure(429, "", Map.of("Retry-After", List.of("Tue, 01 Dec 2026 10:00:30 GMT")))
                        .retryAfter())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(CopernicaResponses.retryAfter("Tue, 01 Dec 2026 09:59:00 GMT", NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(CopernicaResponses.retryAfter("soon", NOW)).isNull();
        assertThat(CopernicaResponses.retryAfter("-5", NOW)).isNull();
    }

    @Test
    void anHtmlOrTruncatedBodyIsTransient() {
        for (String body : List.of("<html>busy</html>", "{\"start\":0,\"data\":[{\"I", "", "{\"start\":0}")) {
            assertThatThrownBy(() -> responses.data("ms/clicks", body.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(CopernicaFailure.class, f -> assertThat(f.kind())
                            .isEqualTo(CopernicaFailure.Kind.TRANSIENT));
        }
    }

    @Test
    void aCheckpointThatCannotBeDecodedNamesItsStream() {
        assertThatThrownBy(() -> IdPosition.decode("publisher/deliveries", "garbage"))
                .isInstanceOf(EngagementSourceException.class)
                .hasMessageContaining("publisher/deliveries", "'garbage'");
        assertThatThrownBy(() -> WindowPosition.decode("ms/clicks", "w;not-a-time;x;0;done"))
                .isInstanceOf(EngagementSourceException.class)
                .hasMessageContaining("ms/clicks");
    }
}
