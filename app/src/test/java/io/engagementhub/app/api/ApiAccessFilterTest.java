package io.engagementhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.config.ApiAccess;
import io.engagementhub.app.config.ApiSettings;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.simple.SimpleHttpRequest;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may call /api/**: bearer tokens when configured, otherwise loopback clients only. */
class ApiAccessFilterTest {

    private static HttpRequest<?> from(String ip, String authorization, String forwardedFor) {
        HttpRequest<?> request = from(ip, authorization);
        ((SimpleHttpRequest<?>) request).header("X-Forwarded-For", forwardedFor);
        ((SimpleHttpRequest<?>) request).header("Forwarded", "for=" + forwardedFor);
        return request;
    }

    private static HttpRequest<?> from(String ip, String authorization) {
        SimpleHttpRequest<Object> request = new SimpleHttpRequest<>(HttpMethod.GET, "/api/v1/events", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(ip, 40000);
            }
        };
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static int status(HttpResponse<?> response) {
        return response == null ? HttpStatus.OK.getCode() : response.getStatus().getCode();
    }

    @Test
    void withoutTokensOnlyLoopbackClientsAreAnswered() {
        ApiAccessFilter filter = new ApiAccessFilter(new ApiAccess(new ApiSettings(List.of())));

        assertThat(status(filter.guard(from("127.0.0.1", null)))).isEqualTo(HttpStatus.OK.getCode());
        assertThat(status(filter.guard(from("::1", null)))).isEqualTo(HttpStatus.OK.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", null)))).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void withTokensEveryClientNeedsOneOfThemAsBearer() {
        ApiAccessFilter filter = new ApiAccessFilter(new ApiAccess(new ApiSettings(List.of("t-one", "t-two"))));

        assertThat(status(filter.guard(from("192.0.2.10", "Bearer t-two")))).isEqualTo(HttpStatus.OK.getCode());
        assertThat(status(filter.guard(from("127.0.0.1", null)))).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "Bearer t-three"))))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "Basic dC1vbmU6"))))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveButTheTokenIsNot() {
        ApiAccessFilter filter = new ApiAccessFilter(new ApiAccess(new ApiSettings(List.of("t-one"))));

        assertThat(status(filter.guard(from("192.0.2.10", "bearer t-one")))).isEqualTo(HttpStatus.OK.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "BEARER t-one")))).isEqualTo(HttpStatus.OK.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "BeArEr  t-one")))).isEqualTo(HttpStatus.OK.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "Bearer T-ONE"))))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "Bearer")))).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(status(filter.guard(from("192.0.2.10", "Bearert-one"))))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void aForwardedHeaderCannotMakeARemoteClientLoopback() {
        ApiAccessFilter filter = new ApiAccessFilter(new ApiAccess(new ApiSettings(List.of())));

        assertThat(status(filter.guard(from("192.0.2.10", null, "127.0.0.1"))))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }
}
