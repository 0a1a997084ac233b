package io.engagementhub.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The last check of one campaign's stored events against the provider's own totals.
 *
 * @param account the account
 * @param campaignId the campaign
 * @param checkedAt when the check was made
 * @param providerRefreshedAt when the provider computed its totals, or null where it does not say
 * @param sent how many messages the provider says it sent, or null
 * @param status the campaign's status: {@code BEHIND} if any type is, else {@code AHEAD} if any
 *     type is, else {@code COMPLETE} if any type has a provider total, else {@code UNKNOWN}
 * @param types per event type with a provider total or stored events, the comparison
 * @param reason why the status is what it is, in words (e.g. that a repair did not help), or null
 * @param behindSince since when the campaign has been behind without a break, or null
 * @param repairedAt when its events were last re-read to repair a gap, or null
 */
public record Reconciliation(
        String account,
        String campaignId,
        Instant checkedAt,
        Instant providerRefreshedAt,
        Long sent,
        ReconciliationStatus status,
        Map<EngagementType, TypeReconciliation> types,
        String reason,
        Instant behindSince,
        Instant repairedAt) {

    public Reconciliation {
        Require.nonBlank(account, "account");
        Require.nonBlank(campaignId, "campaign id");
        checkedAt = micros(Objects.requireNonNull(checkedAt, "checkedAt"));
        providerRefreshedAt = micros(providerRefreshedAt);
        Objects.requireNonNull(status, "status");
        types = types.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(types));
        if (status != statusOf(types)) {
            throw new IllegalArgumentException("status " + status + " does not follow from the types " + types);
        }
        Require.nullOrNonBlank(reason, "reason");
        behindSince = micros(behindSince);
        repairedAt = micros(repairedAt);
    }

    /** The campaign's status that the types' comparisons give. */
    public static ReconciliationStatus statusOf(Map<EngagementType, TypeReconciliation> types) {
        boolean ahead = false;
        boolean known = false;
        for (TypeReconciliation type : types.values()) {
            switch (type.status()) {
                case BEHIND -> {
                    return ReconciliationStatus.BEHIND;
                }
                case AHEAD -> ahead = true;
                case COMPLETE -> known = true;
                case UNKNOWN -> {}
            }
        }
        return ahead
                ? ReconciliationStatus.AHEAD
                : known ? ReconciliationStatus.COMPLETE : ReconciliationStatus.UNKNOWN;
    }

    /** How many events (or recipients, per type's measure) the provider counts that are not stored. */
    public long missingEvents() {
        return types.values().stream()
                .map(TypeReconciliation::missing)
                .filter(missing -> missing != null && missing > 0)
                .mapToLong(Long::longValue)
                .sum();
    }

    private static Instant micros(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }
}
