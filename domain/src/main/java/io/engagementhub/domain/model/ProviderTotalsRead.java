package io.engagementhub.domain.model;

import java.util.List;

/**
 * The provider's totals of the campaigns asked for, and what reading them cost.
 *
 * @param totals one per campaign the provider reported on; a campaign it knows nothing of is absent
 * @param requests the HTTP requests the reading took (zero when the totals came with discovery)
 */
public record ProviderTotalsRead(List<ProviderTotals> totals, int requests) {

    /** Nothing read, at no cost: a source that cannot read its provider's totals. */
    public static final ProviderTotalsRead NONE = new ProviderTotalsRead(List.of(), 0);

    public ProviderTotalsRead {
        totals = List.copyOf(totals);
        Require.notNegative(requests, "requests");
    }
}
