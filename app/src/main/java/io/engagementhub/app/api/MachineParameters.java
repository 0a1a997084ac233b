package io.engagementhub.app.api;

import java.util.Locale;

/** The machine-event parameters of the API; each mistake names its parameter. */
final class MachineParameters {

    private MachineParameters() {}

    /** {@code machine=true|false} of {@code GET /events}: null when absent. */
    static Boolean machine(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequestException("machine", "'" + value + "' is neither 'true' nor 'false'");
        };
    }

    /** {@code include=machine} of the statistics: whether rates count machine events too. */
    static boolean includeMachine(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("machine")) {
            return true;
        }
        throw new BadRequestException("include", "'" + value + "' is not 'machine' (the only value)");
    }
}
