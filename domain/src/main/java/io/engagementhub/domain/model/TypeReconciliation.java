package io.engagementhub.domain.model;

/**
 * One event type of a campaign: the provider's total beside the stored count of the same measure.
 *
 * @param measure what the provider counts (events or distinct recipients), or null when it gives
 *     no total for this type
 * @param provider the provider's total, or null when it gives none
 * @param stored the stored count of the same measure (events when the provider gives none)
 */
public record TypeReconciliation(Measure measure, Long provider, long stored) {

    public TypeReconciliation {
        if ((measure == null) != (provider == null)) {
            throw new IllegalArgumentException("a provider total needs its measure, and only a total has one");
        }
        if (provider != null) {
            Require.notNegative(provider, "provider");
        }
        Require.notNegative(stored, "stored");
    }

    /** The stored figure of {@code count} beside the provider's {@code total} (null: none given). */
    public static TypeReconciliation of(ProviderCount total, Count count) {
        return total == null
                ? new TypeReconciliation(null, null, count.total())
                : new TypeReconciliation(
                        total.measure(), total.value(), total.measure().of(count));
    }

    /** The provider's total less the stored count (negative when more is stored), or null. */
    public Long missing() {
        return provider == null ? null : provider - stored;
    }

    public ReconciliationStatus status() {
        if (provider == null) {
            return ReconciliationStatus.UNKNOWN;
        }
        long difference = provider - stored;
        return difference > 0
                ? ReconciliationStatus.BEHIND
                : difference < 0 ? ReconciliationStatus.AHEAD : ReconciliationStatus.COMPLETE;
    }
}
