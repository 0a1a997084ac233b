package io.engagementhub.adapter.classification;

import io.engagementhub.domain.model.ParsedClient;
import java.util.Locale;
import java.util.Set;
import ua_parser.Client;

/**
 * What ua-parser's families say about the client, in the classes the domain's rules read
 * (docs/machine-detection.md, "Parsing the client"). ua-parser names the agent, operating system and
 * device; the classes follow from them:
 * <ul>
 *   <li>agent class {@code Robot}: a device family {@code Spider} (ua-parser's crawlers and bots), a
 *       headless browser, or a program that names itself but no operating system (an HTTP library,
 *       a {@code compatible;} service) and is not a mail client;
 *   <li>{@code Email Client} for the mail clients ua-parser names, {@code Browser} for any other
 *       named agent;
 *   <li>device class {@code Robot}, {@code Phone}, {@code Tablet} or {@code Desktop} from the device
 *       and operating system families.
 * </ul>
 */
final class ClientClasses {

    /** Raise when a class below changes meaning: stored verdicts are then reclassified. */
    static final String REVISION = "1";

    static final String ROBOT = "Robot";

    private static final Set<String> MAIL_CLIENTS = Set.of(
            "Outlook",
            "Windows Live Mail",
            "Thunderbird",
            "Postbox",
            "Barca",
            "Lotus Notes",
            "Apple Mail",
            "Airmail",
            "Evolution");
    private static final Set<String> DESKTOP_SYSTEMS = Set.of(
            "Windows",
            "Mac OS X",
            "Linux",
            "Ubuntu",
            "Debian",
            "Fedora",
            "Red Hat",
            "Chrome OS",
            "FreeBSD",
            "OpenBSD",
            "Solaris");
    private static final Set<String> MOBILE_SYSTEMS = Set.of("iOS", "Android", "Windows Phone", "BlackBerry OS");

    private ClientClasses() {}

    /** The parsed client of {@code userAgent}, which ua-parser read as {@code client}. */
    static ParsedClient of(Client client, String userAgent) {
        String agent = known(client.userAgent.family);
        String system = known(client.os.family);
        String device = known(client.device.family);
        String agentClass = agentClass(agent, system, device, userAgent);
        return new ParsedClient(
                deviceClass(device, system, agentClass, userAgent),
                system,
                agent,
                version(client.userAgent.major, client.userAgent.minor, client.userAgent.patch),
                agentClass);
    }

    private static String agentClass(String agent, String system, String device, String userAgent) {
        if ("Spider".equals(device) || (agent != null && agent.startsWith("Headless"))) {
            return ROBOT;
        }
        if (agent != null && MAIL_CLIENTS.contains(agent)) {
            return "Email Client";
        }
        if (system == null
                && (agent != null || userAgent.toLowerCase(Locale.ROOT).contains("(compatible;"))) {
            return ROBOT;
        }
        return agent == null ? null : "Browser";
    }

    private static String deviceClass(String device, String system, String agentClass, String userAgent) {
        if ("Spider".equals(device) || (ROBOT.equals(agentClass) && system == null)) {
            return ROBOT;
        }
        if (device != null && (device.startsWith("iPad") || device.contains("Tablet") || device.startsWith("Kindle"))) {
            return "Tablet";
        }
        if (device != null && (device.startsWith("iPhone") || device.contains("Phone"))) {
            return "Phone";
        }
        if (system != null && MOBILE_SYSTEMS.contains(system)) {
            return userAgent.contains("Mobile") ? "Phone" : "Tablet";
        }
        if ("Mac".equals(device) || (system != null && DESKTOP_SYSTEMS.contains(system))) {
            return "Desktop";
        }
        return null;
    }

    private static String version(String major, String minor, String patch) {
        if (major == null) {
            return null;
        }
        StringBuilder version = new StringBuilder(major);
        if (minor != null) {
            version.append('.').append(minor);
            if (patch != null) {
                version.append('.').append(patch);
            }
        }
        return version.toString();
    }

    /** ua-parser's "Other" (nothing matched) becomes null. */
    private static String known(String family) {
        return family == null || family.isBlank() || "Other".equals(family) ? null : family;
    }
}
