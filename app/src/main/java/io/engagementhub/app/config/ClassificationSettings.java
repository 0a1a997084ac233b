package io.engagementhub.app.config;

import io.engagementhub.domain.service.MachineRules;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * {@code engagement.classification.*}: the machine-event rules (docs/machine-detection.md).
 *
 * @param enabled classify opens and clicks (default true); off, the user-agent rules are never loaded
 * @param tooFast TOO_FAST limit after delivery or send (default 2s; 0s turns the rule off)
 * @param burstWindow span of an ALL_LINKS_BURST (default 5s)
 * @param burstMinLinks distinct links that make a burst (default 3)
 * @param scannerAgents user-agent fragments of link scanners (default: the seeded list)
 * @param scannerRanges address ranges of link scanners, CIDR (default none)
 * @param appleRanges Apple's egress list in its CSV format: a file path or an http(s) URL (default:
 *     none, then only 17.0.0.0/8)
 * @param appleRangesRefresh how often the list is read again (default 24h)
 * @param parserCache distinct user agents the parser keeps parsed (default 10,000)
 */
@ConfigurationProperties("engagement.classification")
public record ClassificationSettings(
        @Nullable Boolean enabled,
        @Nullable Duration tooFast,
        @Nullable Duration burstWindow,
        @Nullable Integer burstMinLinks,
        @Nullable List<String> scannerAgents,
        @Nullable List<String> scannerRanges,
        @Nullable String appleRanges,
        @Nullable Duration appleRangesRefresh,
        @Nullable Integer parserCache) {

    static final String PREFIX = "engagement.classification.";

    public ClassificationSettings {
        enabled = enabled == null || enabled;
        scannerRanges = scannerRanges == null ? List.of() : List.copyOf(scannerRanges);
        appleRanges = appleRanges == null || appleRanges.isBlank() ? null : appleRanges.trim();
        appleRangesRefresh = appleRangesRefresh == null ? Duration.ofHours(24) : appleRangesRefresh;
        parserCache = parserCache == null ? 10_000 : parserCache;
        if (appleRangesRefresh.isZero() || appleRangesRefresh.isNegative()) {
            throw new InvalidConfigurationException(List.of(PREFIX + "apple-ranges-refresh: must be positive"));
        }
        if (parserCache < 0) {
            throw new InvalidConfigurationException(List.of(PREFIX + "parser-cache: must not be negative"));
        }
    }

    /** The rules these settings give; a bad value fails naming its key. */
    public MachineRules rules() {
        MachineRules defaults = MachineRules.DEFAULTS;
        try {
            return new MachineRules(
                    tooFast == null ? defaults.tooFast() : tooFast,
                    burstWindow == null ? defaults.burstWindow() : burstWindow,
                    burstMinLinks == null ? defaults.burstMinLinks() : burstMinLinks,
                    scannerAgents == null ? MachineRules.KNOWN_SCANNER_AGENTS : scannerAgents,
                    MachineRules.KNOWN_IMAGE_PROXIES,
                    MachineRules.ROBOT_CLASSES);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(List.of(PREFIX + "*: " + e.getMessage()));
        }
    }
}
