package io.engagementhub.adapter.constantcontact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The answer of the campaign-activity stats report: counts per activity, errors for the others. */
@Serdeable
record ConstantContactActivityStats(@Nullable List<Result> results, @Nullable List<ConstantContactErrorBody> errors) {

    /** One activity's counts, e.g. {@code em_clicks_all}, and when Constant Contact last computed them. */
    @Serdeable
    record Result(
            @JsonProperty("campaign_id") @Nullable String campaignId,
            @JsonProperty("campaign_activity_id") @Nullable String campaignActivityId,
            @Nullable Map<String, Long> stats,
            @JsonProperty("last_refresh_time") @Nullable String lastRefreshTime) {

        Map<String, Long> statsOrEmpty() {
            return stats == null ? Map.of() : stats;
        }
    }

    List<Result> resultsOrEmpty() {
        return results == null ? List.of() : results;
    }
}
