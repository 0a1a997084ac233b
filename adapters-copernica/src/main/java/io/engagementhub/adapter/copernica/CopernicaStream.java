package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Stream;
import java.util.Objects;

/**
 * One statistics list: account-wide (e.g. {@code ms/clicks}), or, for a targeted re-read, one
 * emailing's list ({@code ms/emailing/123/clicks}) or an account-wide list read by one time window
 * (key {@code ms/clicks@range}).
 *
 * @param emailing the emailing whose list this is, or null for the account-wide list
 * @param targeted true for a targeted re-read, which always reads by time window
 */
record CopernicaStream(CopernicaProduct product, CopernicaEventType type, String emailing, boolean targeted) {

    private static final String RANGE = "@range";

    CopernicaStream {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(type, "type");
        if (emailing != null && !targeted) {
            throw new IllegalArgumentException("only a targeted re-read reads an emailing's list");
        }
    }

    /** The account-wide list of a regular sync. */
    CopernicaStream(CopernicaProduct product, CopernicaEventType type) {
        this(product, type, null, false);
    }

    /** The path of the list below the version root. */
    String path() {
        return emailing == null
                ? product.path() + "/" + type.path()
                : product.path() + "/emailing/" + emailing + "/" + type.path();
    }

    /** The stream key: the path, marked for a targeted account-wide read. */
    String key() {
        return targeted && emailing == null ? path() + RANGE : path();
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
        return !targeted && product == CopernicaProduct.PUBLISHER && type.publisherIdFilterDocumented();
    }

    static CopernicaStream fromKey(String key) {
        boolean range = key.endsWith(RANGE);
        String path = range ? key.substring(0, key.length() - RANGE.length()) : key;
        String[] parts = path.split("/", -1);
        for (CopernicaProduct product : CopernicaProduct.values()) {
            for (CopernicaEventType type : CopernicaEventType.values()) {
                if (parts.length == 2
                        && new CopernicaStream(product, type).path().equals(path)) {
                    return new CopernicaStream(product, type, null, range);
                }
                if (!range
                        && parts.length == 4
                        && "emailing".equals(parts[1])
                        && CopernicaTargets.isEmailingId(parts[2])) {
                    CopernicaStream stream = new CopernicaStream(product, type, parts[2], true);
                    if (stream.path().equals(path)) {
                        return stream;
                    }
                }
            }
        }
        throw new IllegalArgumentException("not a Copernica stream key: " + key);
    }
}
