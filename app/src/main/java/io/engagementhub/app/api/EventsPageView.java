package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of events; pass {@code next} as {@code cursor} for the following page (null: last page). */
@Serdeable
public record EventsPageView(List<EventView> items, @Nullable String next) {}
