package io.engagementhub.domain.service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of the machine-event rules.
 *
 * @param tooFast an open or click at most this long after the recipient's delivery or send is
 *     {@code TOO_FAST} (zero turns the rule off)
 * @param burstWindow clicks of one recipient on {@code burstMinLinks} or more distinct links of a
 *     campaign within this span are {@code ALL_LINKS_BURST}
 * @param burstMinLinks at least this many distinct links make a burst (2 or more)
 * @param scannerAgents user-agent fragments of link scanners (compared case-insensitively)
 * @param imageProxyAgents user-agent fragments of image proxies (compared case-insensitively)
 * @param robotClasses the parser's agent or device classes that mark a scanner, e.g. {@code Robot}
 */
public record MachineRules(
        Duration tooFast,
        Duration burstWindow,
        int burstMinLinks,
        List<String> scannerAgents,
        List<String> imageProxyAgents,
        List<String> robotClasses) {

    /** Seeded with the well-known link scanners that name themselves (docs/machine-detection.md). */
    public static final List<String> KNOWN_SCANNER_AGENTS = List.of(
            "BarracudaCentral",
            "Barracuda Sentinel",
            "Mimecast",
            "Proofpoint",
            "Safe Links",
            "SafeLinks",
            "Trend Micro",
            "Cisco-IronPort",
            "Forcepoint",
            "Sophos",
            "Symantec",
            "MessageLabs",
            "ZScaler",
            "Microsoft Office Existence Discovery",
            "Microsoft Exchange Online Protection");

    public static final List<String> KNOWN_IMAGE_PROXIES = List.of("GoogleImageProxy", "YahooMailProxy");

    public static final List<String> ROBOT_CLASSES =
            List.of("Robot", "Robot Mobile", "Robot Imitator", "Cloud Application", "Hacker");

    public static final MachineRules DEFAULTS = new MachineRules(
            Duration.ofSeconds(2), Duration.ofSeconds(5), 3, KNOWN_SCANNER_AGENTS, KNOWN_IMAGE_PROXIES, ROBOT_CLASSES);

    public MachineRules {
        Objects.requireNonNull(tooFast, "tooFast");
        Objects.requireNonNull(burstWindow, "burstWindow");
        if (tooFast.isNegative()) {
            throw new IllegalArgumentException("tooFast must not be negative, was " + tooFast);
        }
        if (burstWindow.isNegative()) {
            throw new IllegalArgumentException("burstWindow must not be negative, was " + burstWindow);
        }
        if (burstMinLinks < 2) {
            throw new IllegalArgumentException("burstMinLinks must be at least 2, was " + burstMinLinks);
        }
        scannerAgents = lowerCase(scannerAgents, "scannerAgents");
        imageProxyAgents = lowerCase(imageProxyAgents, "imageProxyAgents");
        robotClasses = List.copyOf(Objects.requireNonNull(robotClasses, "robotClasses"));
    }

    private static List<String> lowerCase(List<String> fragments, String name) {
        Objects.requireNonNull(fragments, name);
        for (String fragment : fragments) {
            if (fragment == null || fragment.isBlank()) {
                throw new IllegalArgumentException(name + " must not hold a blank fragment");
            }
        }
        return fragments.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
