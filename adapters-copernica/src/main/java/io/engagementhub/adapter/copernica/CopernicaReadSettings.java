package io.engagementhub.adapter.copernica;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How an account is read.
 *
 * @param products the products the account uses (both by default)
 * @param pageSize events per request, 1 to 1000 (1000 is the API's maximum:
 *     docs/providers/copernica.md#paging)
 * @param initialLookBack how far back the first sync of a stream reaches
 * @param windows lag and overlap of the time windows
 * @param retry retries of transient failures
 */
public record CopernicaReadSettings(
        Set<CopernicaProduct> products,
        int pageSize,
        Duration initialLookBack,
        CopernicaWindows windows,
        CopernicaRetrySettings retry) {

    public static final CopernicaReadSettings DEFAULTS = new CopernicaReadSettings(
            EnumSet.allOf(CopernicaProduct.class),
            1000,
            Duration.ofDays(365),
            CopernicaWindows.DEFAULTS,
            CopernicaRetrySettings.DEFAULTS);

    public CopernicaReadSettings {
        if (products == null || products.isEmpty()) {
            throw new IllegalArgumentException("at least one Copernica product must be enabled");
        }
        products = Set.copyOf(products);
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page size must be 1 to 1000, was " + pageSize);
        }
        Objects.requireNonNull(initialLookBack, "initialLookBack");
        if (initialLookBack.isNegative() || initialLookBack.isZero()) {
            throw new IllegalArgumentException("initial look-back must be positive, was " + initialLookBack);
        }
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(retry, "retry");
    }

    public CopernicaReadSettings withProducts(Set<CopernicaProduct> value) {
        return new CopernicaReadSettings(value, pageSize, initialLookBack, windows, retry);
    }

    public CopernicaReadSettings withPageSize(int value) {
        return new CopernicaReadSettings(products, value, initialLookBack, windows, retry);
    }

    public CopernicaReadSettings withRetry(CopernicaRetrySettings value) {
        return new CopernicaReadSettings(products, pageSize, initialLookBack, windows, value);
    }
}
