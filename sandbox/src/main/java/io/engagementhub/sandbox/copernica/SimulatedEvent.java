package io.engagementhub.sandbox.copernica;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event the simulator holds: its ground truth, before the wire quirks (number or string,
 * {@code useragent} or {@code user-agent}, {@code attempts} or {@code attempt}) are applied.
 *
 * @param product Marketing Suite or Publisher
 * @param type which statistics list it belongs to
 * @param id Copernica's {@code ID}, unique per product and type (each list numbers its own rows)
 * @param emailing the mailing ({@code mailing} in MS, {@code emailing} in Publisher)
 * @param destination the destination id
 * @param profile the profile id, or null
 * @param subprofile the subprofile id, or null
 * @param timestamp the zone-less local time the API reports
 * @param attributes the type's own fields by their canonical key ({@code link}, {@code ip},
 *     {@code useragent}, {@code device}, {@code attempts}, {@code errorcode}...); values may be null
 */
public record SimulatedEvent(
        SimulatedProduct product,
        SimulatedEventType type,
        long id,
        String emailing,
        String destination,
        String profile,
        String subprofile,
        LocalDateTime timestamp,
        Map<String, Object> attributes) {

    public SimulatedEvent {
        // Only what a caller of CopernicaSimulator.append supplies can be missing: the simulator
        // makes the emailing and destination ids itself.
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute as text, or null when absent or null. */
    public String text(String key) {
        Object value = attributes.get(key);
        return value == null ? null : value.toString();
    }

    /** The stream key the adapter uses for this event's list, e.g. {@code ms/clicks}. */
    public String streamKey() {
        return product.path() + "/" + type.path();
    }
}
