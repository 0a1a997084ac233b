package io.engagementhub.app.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** Sends a browser at the service's root to the dashboard. */
@Controller
@Hidden
final class DashboardController {

    static final URI DASHBOARD = URI.create("/ui/");

    @Get
    HttpResponse<Void> root() {
        return HttpResponse.seeOther(DASHBOARD);
    }
}
