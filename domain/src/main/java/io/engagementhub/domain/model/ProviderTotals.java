package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a provider's own report counts for one campaign, read to check the stored events against.
 *
 * @param campaignId the campaign as events name it
 * @param refreshedAt when the provider last computed these totals (its reports are cached), or
 *     null where it does not say
 * @param sent how many messages the provider says it sent (destinations, sends), or null
 * @param counts per event type the source reads as events, the provider's total; a type the
 *     provider gives no total for is absent
 */
public record ProviderTotals(
        String campaignId, Instant refreshedAt, Long sent, Map<EngagementType, ProviderCount> counts) {

    public ProviderTotals {
        Require.nonBlank(campaignId, "campaign id");
        refreshedAt = refreshedAt == null ? null : refreshedAt.truncatedTo(ChronoUnit.MICROS);
        if (sent != null) {
            Require.notNegative(sent, "sent");
        }
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }
}
