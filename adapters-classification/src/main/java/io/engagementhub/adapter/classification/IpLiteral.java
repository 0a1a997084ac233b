package io.engagementhub.adapter.classification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads IPv4 and IPv6 address literals into their bytes without ever resolving a name (a provider
 * may send anything in its address field, and a host name must not cause a DNS lookup).
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiteral() {}

    /** The address's 4 or 16 bytes, or null when {@code text} is no address literal. */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        var v4 = IPV4.matcher(value);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (value.indexOf(':') >= 0 && IPV6.matcher(value).matches()) {
            try {
                // A literal with a colon is parsed, never looked up.
                byte[] bytes = InetAddress.getByName(value).getAddress();
                return bytes.length == 16 ? bytes : null;
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
