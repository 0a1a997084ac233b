package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.port.out.EngagementSourceException;

/**
 * Copernica has no such entity (400 {@code No entity with supplied ID}) or, under every name
 * tried, no such path: for an emailing's statistics, the emailing is not this product's
 * (docs/providers/copernica.md#campaign-figures).
 */
final class CopernicaNotFound extends EngagementSourceException {

    private static final long serialVersionUID = 1L;

    CopernicaNotFound(String message) {
        super(message);
    }
}
