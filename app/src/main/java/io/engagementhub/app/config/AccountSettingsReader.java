package io.engagementhub.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the accounts as configured into typed settings, collecting every problem, each naming its
 * account and key, so a bad configuration fails startup with one clear message.
 */
public final class AccountSettingsReader {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([smhd])");

    private final List<String> problems = new ArrayList<>();

    private AccountSettingsReader() {}

    /**
     * The settings of all accounts.
     *
     * @throws InvalidConfigurationException naming every offending key
     */
    public static List<AccountSettings> from(List<AccountConfiguration> accounts) {
        AccountSettingsReader reader = new AccountSettingsReader();
        List<AccountSettings> result = accounts.stream().map(reader::settingsOf).toList();
        if (!reader.problems.isEmpty()) {
            throw new InvalidConfigurationException(reader.problems);
        }
        return result;
    }

    private AccountSettings settingsOf(AccountConfiguration account) {
        String provider = required(account, "provider", account.provider());
        if (provider == null) {
            return null;
        }
        return switch (provider.trim().toLowerCase(Locale.ROOT)) {
            case CopernicaAccount.PROVIDER -> copernica(account);
            case ConstantContactAccount.PROVIDER -> constantContact(account);
            default -> {
                problems.add(account.key("provider") + ": unknown provider '" + provider
                        + "' (known: copernica, constantcontact)");
                yield null;
            }
        };
    }

    private CopernicaAccount copernica(AccountConfiguration account) {
        String token = required(account, "access-token", account.accessToken());
        URI baseUrl = url(account, "base-url", account.baseUrl(), null);
        URI v3BaseUrl = url(account, "v3-base-url", account.v3BaseUrl(), null);
        URI authUrl = url(account, "auth-url", account.authUrl(), null);
        ZoneId zone = parsed(account, "time-zone", account.timeZone(), null, ZoneId::of);
        Set<String> products = products(account);
        return new CopernicaAccount(account.name(), token, baseUrl, v3BaseUrl, authUrl, zone, products);
    }

    private ConstantContactAccount constantContact(AccountConfiguration account) {
        String clientId = required(account, "client-id", account.clientId());
        String secret = required(account, "client-secret", account.clientSecret());
        String refreshToken = required(account, "refresh-token", account.refreshToken());
        URI baseUrl = url(account, "base-url", account.baseUrl(), null);
        URI tokenUrl = url(account, "token-url", account.tokenUrl(), null);
        Duration lookback =
                parsed(account, "lookback", account.lookback(), null, AccountSettingsReader::positiveDuration);
        return new ConstantContactAccount(
                account.name(),
                clientId,
                secret,
                refreshToken,
                new ConstantContactAccount.Endpoints(baseUrl, tokenUrl),
                lookback);
    }

    private String required(AccountConfiguration account, String key, String value) {
        if (value == null || value.isBlank()) {
            problems.add(account.key(key) + ": missing (account '" + account.name() + "')");
            return null;
        }
        return value.trim();
    }

    private URI url(AccountConfiguration account, String key, String value, URI fallback) {
        return parsed(account, key, value, fallback, AccountSettingsReader::httpUrl);
    }

    private <T> T parsed(
            AccountConfiguration account, String key, String value, T fallback, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(account.key(key) + ": '" + value + "' is not valid (" + e.getMessage() + ")");
            return fallback;
        }
    }

    private Set<String> products(AccountConfiguration account) {
        if (account.products() == null || account.products().isEmpty()) {
            return Set.of();
        }
        Set<String> products = new LinkedHashSet<>();
        for (String product : account.products()) {
            String name = product.trim().toLowerCase(Locale.ROOT);
            if (!CopernicaAccount.PRODUCTS.contains(name)) {
                problems.add(account.key("products") + ": unknown product '" + product + "' (known: ms, publisher)");
            }
            products.add(name);
        }
        return products;
    }

    static URI httpUrl(String value) {
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("an http(s) URL with a host is needed");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL", e);
        }
    }

    private static Duration positiveDuration(String value) {
        Duration duration = duration(value);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("must be positive");
        }
        return duration;
    }

    /** Reads {@code 90d}, {@code 36h}, {@code 15m}, {@code 30s} or ISO-8601 ({@code P90D}). */
    public static Duration duration(String value) {
        Matcher matcher = SHORT_DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("use e.g. 90d, 12h, 15m, 30s or P90D", e);
        }
    }
}
