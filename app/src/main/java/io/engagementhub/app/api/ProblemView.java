package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document ({@code application/problem+json}); {@code run} is set when the
 * problem is a sync that is already running.
 */
@Serdeable
public record ProblemView(String type, String title, int status, String detail, @Nullable SyncRunView run) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
