package io.engagementhub.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of campaigns; pass {@code next} as {@code cursor} for the following page (null: last page). */
@Serdeable
public record CampaignsPageView(List<CampaignView> items, @Nullable String next) {}
