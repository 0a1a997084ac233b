package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.adapter.http.ProviderHttp;
import io.engagementhub.domain.port.out.EngagementSourceException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each kind of Copernica answer means, without a server. */
class CopernicaResponsesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final CopernicaResponses responses = new CopernicaResponses("acme", new SecretMask("t0ken"), false);
    private final CopernicaResponses v4 = new CopernicaResponses("acme", new SecretMask("t0ken"), true);

    private static ProviderHttp.Reply reply(int status, String body, Map<String, List<String>> headers) {
        return new ProviderHttp.Reply(status, body.getBytes(StandardCharsets.UTF_8), name -> headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().get(0))
                .findFirst()
                .orElse(null));
    }

    private CopernicaFailure failure(int status, String body, Map<String, List<String>> headers) {
        return responses.failure("ms/clicks", reply(status, body, headers), NOW);
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
        assertThat(unknownPath.kind()).isEqualTo(CopernicaFailure.Kind.NO_SUCH_PATH);
        assertThat(failure(404, "", Map.of()).kind()).isEqualTo(CopernicaFailure.Kind.NO_SUCH_PATH);
        CopernicaFailure noEntity = failure(400, "{\"error\":{\"message\":\"No entity with supplied ID\"}}", Map.of());
        assertThat(noEntity.kind()).isEqualTo(CopernicaFailure.Kind.NO_SUCH_ENTITY);
        assertThat(noEntity.retryable()).isFalse();
        assertThat(unknownPath.getMessage()).contains("HTTP 400", "'Invalid method'");
        assertThat(unknownPath.retryable()).isFalse();
    }

    /** v4 documents no authentication errors: each plausible refusal of a JWT counts as one. */
    @Test
    void onV4A401A403OrA400AboutTheTokenIsAnAccessDenial() {
        for (int status : new int[] {401, 403}) {
            assertThat(v4.failure("ms/clicks", reply(status, "", Map.of()), NOW).kind())
                    .isEqualTo(CopernicaFailure.Kind.ACCESS_DENIED);
        }
        assertThat(v4.failure("ms/clicks", reply(400, "{\"error\":{\"message\":\"Token expired\"}}", Map.of()), NOW)
                        .kind())
                .isEqualTo(CopernicaFailure.Kind.ACCESS_DENIED);
        assertThat(v4.failure("ms/clicks", reply(400, "{\"error\":{\"message\":\"Invalid method\"}}", Map.of()), NOW)
                        .kind())
                .isEqualTo(CopernicaFailure.Kind.NO_SUCH_PATH);
        assertThat(failure(401, "", Map.of()).kind()).isEqualTo(CopernicaFailure.Kind.REFUSED);
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
        assertThat(failure(429, "", Map.of("Retry-After", List.of("soon"))).retryAfter())
                .isNull();
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
