package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.EngagementType;

/** The fixed codes of event types in the {@code stored_event} table (the migration uses the same). */
final class TypeCodes {

    static final short OPENED = 3;
    static final short CLICKED = 4;

    /** The highest code. */
    static final short HIGHEST = 8;

    private TypeCodes() {}

    static short of(EngagementType type) {
        return switch (type) {
            case SENT -> 1;
            case DELIVERED -> 2;
            case OPENED -> OPENED;
            case CLICKED -> CLICKED;
            case BOUNCED -> 5;
            case UNSUBSCRIBED -> 6;
            case COMPLAINED -> 7;
            case FORWARDED -> 8;
        };
    }

    static EngagementType type(int code) {
        return switch (code) {
            case 1 -> EngagementType.SENT;
            case 2 -> EngagementType.DELIVERED;
            case OPENED -> EngagementType.OPENED;
            case CLICKED -> EngagementType.CLICKED;
            case 5 -> EngagementType.BOUNCED;
            case 6 -> EngagementType.UNSUBSCRIBED;
            case 7 -> EngagementType.COMPLAINED;
            case 8 -> EngagementType.FORWARDED;
            default -> throw new IllegalArgumentException("unknown event type code " + code);
        };
    }

    /** Whether events of this code count per device in the statistics. */
    static boolean countsPerDevice(int code) {
        return code == OPENED || code == CLICKED;
    }
}
