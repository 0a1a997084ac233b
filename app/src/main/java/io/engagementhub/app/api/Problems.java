package io.engagementhub.app.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Builds {@code application/problem+json} responses. */
final class Problems {

    private Problems() {}

    static MutableHttpResponse<ProblemView> of(HttpStatus status, String detail) {
        return of(status, detail, null);
    }

    static MutableHttpResponse<ProblemView> of(HttpStatus status, String detail, SyncRunView run) {
        ProblemView body = new ProblemView("about:blank", status.getReason(), status.getCode(), detail, run);
        return HttpResponse.<ProblemView>status(status)
                .contentType(ProblemView.MEDIA_TYPE)
                .body(body);
    }
}
