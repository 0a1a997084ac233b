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

/**
 * Who may load the dashboard's pages: without tokens loopback clients only (as the API); with
 * tokens anyone, because the pages hold no data and ask for a token before reading the API.
 */
class DashboardAccessFilterTest {

    private static HttpRequest<?> from(String ip) {
        return new SimpleHttpRequest<>(HttpMethod.GET, "/ui/index.html", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(ip, 40000);
            }
        };
    }

    private static int status(HttpResponse<?> response) {
        return response == null ? HttpStatus.OK.getCode() : response.getStatus().getCode();
    }

    @Test
    void withoutTokensOnlyLoopbackClientsSeeThePages() {
        DashboardAccessFilter filter = new DashboardAccessFilter(new ApiAccess(new ApiSettings(List.of())));

        assertThat(status(filter.guard(from("127.0.0.1")))).isEqualTo(200);
        assertThat(status(filter.guard(from("::1")))).isEqualTo(200);
        assertThat(status(filter.guard(from("192.0.2.10")))).isEqualTo(403);
    }

    @Test
    void withTokensEveryClientLoadsThePagesWhichThenAskForAToken() {
        DashboardAccessFilter filter = new DashboardAccessFilter(new ApiAccess(new ApiSettings(List.of("t-one"))));
        ApiAccessFilter api = new ApiAccessFilter(new ApiAccess(new ApiSettings(List.of("t-one"))));

        assertThat(status(filter.guard(from("192.0.2.10")))).isEqualTo(200);
        assertThat(status(filter.guard(from("127.0.0.1")))).isEqualTo(200);
        assertThat(status(api.guard(from("192.0.2.10")))).isEqualTo(401);
    }
}
