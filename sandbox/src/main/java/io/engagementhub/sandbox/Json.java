package io.engagementhub.sandbox;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the simulators (JDK only, so no JSON library). Maps keep their
 * iteration order; values may be null, strings, numbers, booleans, maps, lists, or {@link Raw}.
 */
public final class Json {

    private Json() {}

    /** Text written into the output as it is, for hand-made JSON fragments. */
    public record Raw(String json) {}

    /** The JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value, false);
        return out.toString();
    }

    /** The JSON text of {@code value}, with every {@code /} in strings escaped as {@code \/}. */
    public static String writeEscapingSlashes(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value, true);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, boolean escapeSlashes) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String text) {
            appendString(out, text, escapeSlashes);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map, escapeSlashes);
        } else if (value instanceof List<?> list) {
            appendList(out, list, escapeSlashes);
        } else {
            appendString(out, value.toString(), escapeSlashes);
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map, boolean escapeSlashes) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            appendString(out, String.valueOf(entry.getKey()), escapeSlashes);
            out.append(':');
            append(out, entry.getValue(), escapeSlashes);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        out.append('}');
    }

    private static void appendList(StringBuilder out, List<?> list, boolean escapeSlashes) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, list.get(i), escapeSlashes);
        }
        out.append(']');
    }

    private static void appendString(StringBuilder out, String text, boolean escapeSlashes) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(escapeSlashes ? "\\/" : "/");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
