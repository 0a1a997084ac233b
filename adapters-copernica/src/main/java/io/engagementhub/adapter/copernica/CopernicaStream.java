package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Stream;
import java.util.Objects;

/** One account-wide statistics list, e.g. {@code ms/clicks}; its key is the stream key. */
record CopernicaStream(CopernicaProduct product, CopernicaEventType type) {

    CopernicaStream {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(type, "type");
    }

    String key() {
        return product.path() + "/" + type.path();
    }

    /** Account-wide lists have no cheap change count, so the stream carries no fingerprint. */
    Stream toStream() {
        return Stream.of(key());
    }

    /**
     * The REST version the list is read from: Marketing Suite unsubscribes are documented for v3
     * only, and a v2 account refuses them (docs/providers/copernica.md#event-lists).
     */
    int apiVersion() {
        return product == CopernicaProduct.MS && type == CopernicaEventType.UNSUBSCRIBES ? 3 : 2;
    }

    /** Reads by {@code id>N} (Publisher, where documented) rather than by time windows. */
    boolean readsByIdCursor() {
        return product == CopernicaProduct.PUBLISHER && type.publisherIdFilterDocumented();
    }

    static CopernicaStream fromKey(String key) {
        for (CopernicaProduct product : CopernicaProduct.values()) {
            for (CopernicaEventType type : CopernicaEventType.values()) {
                CopernicaStream stream = new CopernicaStream(product, type);
                if (stream.key().equals(key)) {
                    return stream;
                }
            }
        }
        throw new IllegalArgumentException("not a Copernica stream key: " + key);
    }
}
