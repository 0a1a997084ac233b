package io.engagementhub.adapter.classification;

import io.engagementhub.domain.port.out.AddressRanges;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The egress ranges of Apple's privacy proxies: Apple's own 17.0.0.0/8 always, plus the ranges of a
 * list in Apple's CSV format ({@code prefix,country,region,city,}) read from a file or a URL and
 * refreshed on demand (a URL with {@code If-None-Match}, so an unchanged list costs a 304). A list
 * that cannot be read or parsed leaves the ranges as they were. Thread-safe.
 */
public final class AppleProxyRanges implements AddressRanges {

    /** Apple's own network, which its proxies also use. */
    public static final String APPLE_NETWORK = "17.0.0.0/8";

    private static final Logger LOG = LoggerFactory.getLogger(AppleProxyRanges.class);

    private final RangeSource source;
    /** The ranges in force with their fingerprint, replaced together by a refresh. */
    private volatile ConfiguredRanges ranges;

    private AppleProxyRanges(RangeSource source) {
        this.source = source;
        this.ranges = ConfiguredRanges.withFingerprint(List.of(APPLE_NETWORK), "builtin:" + APPLE_NETWORK);
    }

    /** Only Apple's own 17.0.0.0/8. */
    public static AppleProxyRanges builtIn() {
        return new AppleProxyRanges(null);
    }

    /**
     * 17.0.0.0/8 and the list at {@code location}: an {@code http(s)} URL or a file path. The list
     * is read once now; {@link #refresh()} reads it again.
     */
    public static AppleProxyRanges from(String location, Duration timeout) {
        Objects.requireNonNull(location, "location");
        RangeSource source = location.startsWith("http://") || location.startsWith("https://")
                ? RangeSource.url(
                        URI.create(location),
                        HttpClient.newBuilder().connectTimeout(timeout).build(),
                        timeout)
                : RangeSource.file(Path.of(location));
        AppleProxyRanges ranges = new AppleProxyRanges(source);
        ranges.refresh();
        return ranges;
    }

    /**
     * Reads the list again if it changed; answers whether the ranges changed. Failures are logged
     * and leave the ranges as they were.
     */
    public boolean refresh() {
        if (source == null) {
            return false;
        }
        try {
            RangeSource.Content content = source.fetchIfChanged();
            if (content == null || content.digest().equals(ranges.fingerprint())) {
                return false;
            }
            List<String> prefixes = new ArrayList<>(AppleEgressCsv.prefixes(content.text()));
            prefixes.add(APPLE_NETWORK);
            ranges = ConfiguredRanges.withFingerprint(prefixes, content.digest());
            LOG.info("Apple privacy-proxy ranges loaded from {}: {} ranges", source.describe(), prefixes.size());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Apple privacy-proxy ranges from {} not refreshed: {}", source.describe(), e.getMessage());
            return false;
        }
    }

    /** Where the list comes from, or null for the built-in range only. */
    public String location() {
        return source == null ? null : source.describe();
    }

    /** How many ranges are in force. */
    public int size() {
        return ranges.size();
    }

    @Override
    public boolean contains(String address) {
        return ranges.contains(address);
    }

    @Override
    public String fingerprint() {
        return ranges.fingerprint();
    }
}
