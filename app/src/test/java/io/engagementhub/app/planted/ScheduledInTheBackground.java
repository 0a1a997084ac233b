package io.engagementhub.app.planted;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;

/** A planted {@code @Scheduled} method; its bean needs a property no test sets, so no context runs it. */
@Requires(property = "engagement.planted.enabled")
public class ScheduledInTheBackground {

    @Scheduled(fixedDelay = "1m")
    public void refresh() {}
}
