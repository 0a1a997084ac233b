package io.engagementhub.adapter.copernica;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How an account is read.
 *
 * @param products the products the account uses (both by default)
 * @param pageSize events per request, 1 to 1000 (1000 is the API's maximum: docs/providers/copernica.md#paging)
 * @param initialLookBack how far back the first sync of a stream reaches
 * @param windows lag and overlap of the time windows
 * @param retry retries of transient failures
 */
public record CopernicaOptions(
        Set<CopernicaProduct> products,
        int pageSize,
        Duration initialLookBack,
        CopernicaWindows windows,
        CopernicaRetrySettings retry) {

    public static final CopernicaOptions DEFAULTS = new CopernicaOptions(
            EnumSet.allOf(CopernicaProduct.class),
            1000,
            Duration.ofDays(365),
            CopernicaWindows.DEFAULTS,
            CopernicaRetrySettings.DEFAULTS);

    public CopernicaOptions {
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

    public CopernicaOptions withProducts(Set<CopernicaProduct> value) {
        return new CopernicaOptions(value, pageSize, initialLookBack, windows, retry);
    }

    public CopernicaOptions withPageSize(int value) {
        return new CopernicaOptions(products, value, initialLookBack, windows, retry);
    }

    public CopernicaOptions withInitialLookBack(Duration value) {
        return new CopernicaOptions(products, pageSize, value, windows, retry);
    }

    public CopernicaOptions withWindows(CopernicaWindows value) {
        return new CopernicaOptions(products, pageSize, initialLookBack, value, retry);
    }

    public CopernicaOptions withRetry(CopernicaRetrySettings value) {
        return new CopernicaOptions(products, pageSize, initialLookBack, windows, value);
    }
}
