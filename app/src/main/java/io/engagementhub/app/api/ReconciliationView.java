package io.engagementhub.app.api;

import io.engagementhub.domain.model.Reconciliation;
import io.engagementhub.domain.model.TypeReconciliation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last check of a campaign's stored events against the provider's own totals. {@code status}
 * is {@code COMPLETE} (every total the provider gives is stored), {@code BEHIND} (the provider
 * counts events that are not stored), {@code AHEAD} (more is stored than it counts: its totals lag
 * or were restated) or {@code UNKNOWN} (it gives no total). Per type, {@code measure} says whether
 * the provider counts events ({@code total}) or recipients ({@code unique}), and {@code missing}
 * is provider less stored; both null where the provider gives no total.
 */
@Serdeable
public record ReconciliationView(
        String account,
        String campaignId,
        Instant checkedAt,
        @Nullable Instant providerRefreshedAt,
        String status,
        @Nullable String reason,
        @Nullable Long sent,
        @Nullable Instant behindSince,
        @Nullable Instant repairedAt,
        Map<String, TypeView> types) {

    @Serdeable
    public record TypeView(
            @Nullable String measure, @Nullable Long provider, long stored, @Nullable Long missing, String status) {}

    static ReconciliationView of(Reconciliation r) {
        Map<String, TypeView> types = new TreeMap<>();
        r.types().forEach((type, check) -> types.put(type.name(), type(check)));
        return new ReconciliationView(
                r.account(),
                r.campaignId(),
                r.checkedAt(),
                r.providerRefreshedAt(),
                r.status().name(),
                r.reason(),
                r.sent(),
                r.behindSince(),
                r.repairedAt(),
                types);
    }

    private static TypeView type(TypeReconciliation check) {
        return new TypeView(
                check.measure() == null ? null : check.measure().name().toLowerCase(Locale.ROOT),
                check.provider(),
                check.stored(),
                check.missing(),
                check.status().name());
    }
}
