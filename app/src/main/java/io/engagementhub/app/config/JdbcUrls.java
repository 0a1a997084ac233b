package io.engagementhub.app.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: without credentials, user info or parameters. */
public final class JdbcUrls {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[^\\s\\]\\[\"'<>]+");
    /** {@code user:password@} before a host, wherever it stands. */
    private static final Pattern CREDENTIALS_AT = Pattern.compile("[^\\s/@\\[\\]]+:[^\\s/@\\[\\]]*@");
    /** A secret-looking parameter ({@code password=...}) in any URL-like text. */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)((?:password|passwd|pwd|secret|token|key)=)[^&;\\s\\]\\[\"']*");

    private JdbcUrls() {}

    /** The URL up to its first parameter ({@code ?} or {@code ;}), without {@code user:password@}. */
    public static String withoutSecrets(String url) {
        if (url == null) {
            return "unknown";
        }
        int cut = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return USER_INFO.matcher(url.substring(0, cut)).replaceFirst("//");
    }

    /**
     * {@code text} with every JDBC URL in it shown {@link #withoutSecrets without its secrets}, and
     * any other {@code user:password@} or {@code password=...} masked, for messages that may quote
     * a URL that is not a JDBC URL at all.
     */
    public static String masked(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = JDBC_URL.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(withoutSecrets(matcher.group())));
        }
        matcher.appendTail(result);
        String withoutUserInfo = CREDENTIALS_AT.matcher(result).replaceAll("***@");
        return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1***");
    }
}
