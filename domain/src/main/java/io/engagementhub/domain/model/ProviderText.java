package io.engagementhub.domain.model;

import java.nio.charset.StandardCharsets;

/**
 * Bounds on the text a provider sends, so that every value fits the stores' unique keys on both
 * databases: PostgreSQL indexes a row of at most about 2.7 KB, and a key of several long texts
 * that do not compress would make a whole page fail to store, again at every sync. Bounds are in
 * UTF-8 bytes, as the databases count them; a text beyond its bound is cut at a character boundary,
 * the same way wherever it is read, so an event, its stored form and an erasure by the same value
 * agree. No provider issues an id or an address near its bound.
 */
public final class ProviderText {

    /** A provider's id of a campaign, recipient, profile, link or event. */
    public static final int ID_BYTES = 200;

    /** An email address: at most 64 bytes before the {@code @} and 255 after it (RFC 5321). */
    public static final int EMAIL_BYTES = 320;

    /** A link's url, and a bounce's description. */
    public static final int LONG_TEXT_BYTES = 2000;

    /** A user agent, and a referer. */
    public static final int CLIENT_TEXT_BYTES = 1000;

    /** An IP address, and a bounce code. */
    public static final int SHORT_TEXT_BYTES = 100;

    private ProviderText() {}

    /** {@code text}, or its longest prefix of at most {@code maxBytes} UTF-8 bytes that ends on a whole character. */
    static String cut(String text, int maxBytes) {
        if (text == null || fits(text, maxBytes)) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = utf8Length(codePoint);
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    /** Whether {@code text} is at most {@code maxBytes} UTF-8 bytes long. */
    public static boolean fits(String text, int maxBytes) {
        return text.length() * 3 <= maxBytes || utf8Length(text) <= maxBytes;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
