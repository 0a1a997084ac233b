package io.engagementhub.sandbox.copernica;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One {@code fields[]} condition such as {@code timestamp>=2024-10-01 00:00:00} or {@code id>100}
 * (operators {@code == != <> < > <= >= =~ !~}: docs/providers/copernica.md#the-fields-parameter).
 */
record FieldCondition(String field, String operator, String value) {

    private static final List<String> OPERATORS = List.of("==", "!=", "<>", "<=", ">=", "=~", "!~", "<", ">");

    /** The condition, or null when the text has no known operator. */
    static FieldCondition parse(String text) {
        for (int i = 1; i < text.length(); i++) {
            for (String op : OPERATORS) {
                if (text.startsWith(op, i)) {
                    return new FieldCondition(text.substring(0, i).trim(), op, text.substring(i + op.length()));
                }
            }
        }
        return null;
    }

    boolean isId() {
        return "id".equalsIgnoreCase(field);
    }

    boolean isTimestamp() {
        return "timestamp".equals(field);
    }

    /** The id this condition needs an event's id to exceed, or -1 if it sets no such floor. */
    long idFloor() {
        try {
            long n = Long.parseLong(value.trim());
            return switch (operator) {
                case ">" -> n;
                case ">=", "==" -> n - 1;
                default -> -1;
            };
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    boolean acceptsId(long id) {
        try {
            return compare(Long.compare(id, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    boolean acceptsTime(LocalDateTime time) {
        LocalDateTime bound = parseTime(value);
        return bound == null || compare(time.compareTo(bound));
    }

    private boolean compare(int cmp) {
        return switch (operator) {
            case "==" -> cmp == 0;
            case "!=", "<>" -> cmp != 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            case ">=" -> cmp >= 0;
            default -> true; // like / not like: meaningless on ids and times, so not applied
        };
    }

    /**
     * {@code YYYY-MM-DD HH:MM:SS}, or a bare date (the docs' own example: docs/providers/copernica.md#time-filters),
     * else null.
     */
    static LocalDateTime parseTime(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).atStartOfDay();
            }
            return LocalDateTime.parse(trimmed, EventRenderer.TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
