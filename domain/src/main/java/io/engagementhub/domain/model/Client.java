package io.engagementhub.domain.model;

/**
 * The mail client an open or click came from. Every part is optional (null) except the device
 * type, which is {@link DeviceType#UNKNOWN} when the provider does not say.
 *
 * @param ip as the provider gives it: IPv4, IPv6 or a placeholder such as {@code 0.0.0.0}
 * @param userAgent the raw user agent, or the provider's summary of it
 * @param deviceType the kind of device
 * @param referer the HTTP referer of a click, or null
 * @param parsed what the user agent says about the client ({@link ParsedClient#UNKNOWN} until parsed)
 */
public record Client(String ip, String userAgent, DeviceType deviceType, String referer, ParsedClient parsed) {

    public Client {
        ip = ProviderText.cut(blankToNull(ip), ProviderText.SHORT_TEXT_BYTES);
        userAgent = ProviderText.cut(blankToNull(userAgent), ProviderText.CLIENT_TEXT_BYTES);
        deviceType = deviceType == null ? DeviceType.UNKNOWN : deviceType;
        referer = ProviderText.cut(blankToNull(referer), ProviderText.CLIENT_TEXT_BYTES);
        parsed = parsed == null ? ParsedClient.UNKNOWN : parsed;
    }

    /** A client as a provider gives it, not parsed yet. */
    public Client(String ip, String userAgent, DeviceType deviceType, String referer) {
        this(ip, userAgent, deviceType, referer, ParsedClient.UNKNOWN);
    }

    /** This client with {@code value} as what its user agent says. */
    public Client withParsed(ParsedClient value) {
        return new Client(ip, userAgent, deviceType, referer, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
