package io.engagementhub.adapter.constantcontact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The HAL {@code _links} of a page; {@code next} is absent (or null) on the last page. */
@Serdeable
record ConstantContactLinks(@Nullable Next next) {

    /** The link to the next page. */
    @Serdeable
    record Next(@Nullable String href) {}

    /** The next page's href, or null when there is none. */
    static String nextHref(@Nullable ConstantContactLinks links) {
        if (links == null || links.next() == null) {
            return null;
        }
        String href = links.next().href();
        return href == null || href.isBlank() ? null : href;
    }
}
