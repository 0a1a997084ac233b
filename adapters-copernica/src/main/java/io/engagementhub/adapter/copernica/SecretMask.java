package io.engagementhub.adapter.copernica;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the access token from any text before it can reach a log line or a message. */
final class SecretMask {

    static final String MASK = "***";
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("(access_token=)[^&\\s\"'<>]*");

    private final String token;
    private final String encodedToken;

    SecretMask(String token) {
        this.token = token;
        this.encodedToken = URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = TOKEN_PARAMETER.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        masked = masked.replace(token, MASK);
        return masked.replace(encodedToken, MASK);
    }
}
