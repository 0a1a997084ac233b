package io.engagementhub.domain.service;

import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.ContextEvent;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.port.out.AddressRanges;
import io.engagementhub.domain.port.out.UserAgentParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The machine-event rules (docs/machine-detection.md). Flags are data: an event is never dropped,
 * it carries the reasons that apply. Rules on the event alone ({@link #alone}): Apple's privacy
 * proxy, image proxies and scanners, from the client's address and parsed user agent. Rules on a
 * recipient's events in a campaign ({@link #inContext}): too fast after delivery or send, and
 * bursts of clicks on several links.
 */
public final class MachineClassifier {

    /** Raise when a rule changes meaning: stored events are then reclassified. */
    static final String RULES_REVISION = "1";

    private static final Set<MachineReason> TIMING = EnumSet.of(MachineReason.TOO_FAST, MachineReason.ALL_LINKS_BURST);

    private final MachineRules rules;
    private final UserAgentParser parser;
    private final AddressRanges appleProxies;
    private final AddressRanges scannerAddresses;

    public MachineClassifier(
            MachineRules rules, UserAgentParser parser, AddressRanges appleProxies, AddressRanges scannerAddresses) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.appleProxies = Objects.requireNonNull(appleProxies, "appleProxies");
        this.scannerAddresses = Objects.requireNonNull(scannerAddresses, "scannerAddresses");
    }

    /**
     * Identifies the rules, their settings, the address ranges and the parser now in force: when it
     * differs from the version the stored verdicts follow, they must be reclassified.
     */
    public String rulesVersion() {
        String all = String.join(
                "\n",
                RULES_REVISION,
                rules.toString(),
                appleProxies.fingerprint(),
                scannerAddresses.fingerprint(),
                parser.version());
        return "r" + RULES_REVISION + "-" + sha256(all).substring(0, 16);
    }

    /**
     * The event with its client parsed and the reasons that follow from it alone; any verdict it
     * carried is replaced.
     */
    public EngagementEvent alone(EngagementEvent event) {
        Client client = event.client();
        if (client == null) {
            return event.machine().reasons().isEmpty() ? event : event.withMachine(MachineVerdict.NONE);
        }
        ParsedClient parsed = client.userAgent() == null ? ParsedClient.UNKNOWN : parser.parse(client.userAgent());
        Client parsedClient = client.withParsed(parsed);
        return event.toBuilder()
                .client(parsedClient)
                .machine(new MachineVerdict(reasonsOf(event.type(), parsedClient)))
                .build();
    }

    private Set<MachineReason> reasonsOf(EngagementType type, Client client) {
        Set<MachineReason> reasons = EnumSet.noneOf(MachineReason.class);
        if (type != EngagementType.OPENED && type != EngagementType.CLICKED) {
            return reasons;
        }
        String agent = client.userAgent() == null ? "" : client.userAgent().toLowerCase(Locale.ROOT);
        boolean imageProxy = type == EngagementType.OPENED && containsAny(agent, rules.imageProxyAgents());
        if (imageProxy) {
            reasons.add(MachineReason.IMAGE_PROXY);
        }
        if (type == EngagementType.OPENED && client.ip() != null && appleProxies.contains(client.ip())) {
            reasons.add(MachineReason.APPLE_PRIVACY_PROXY);
        }
        if (!imageProxy && isScanner(agent, client)) {
            reasons.add(MachineReason.SECURITY_SCANNER);
        }
        return reasons;
    }

    private boolean isScanner(String agent, Client client) {
        ParsedClient parsed = client.parsed();
        return containsAny(agent, rules.scannerAgents())
                || (client.ip() != null && scannerAddresses.contains(client.ip()))
                || isRobotClass(parsed.agentClass())
                || isRobotClass(parsed.deviceClass());
    }

    private boolean isRobotClass(String parsedClass) {
        return parsedClass != null && rules.robotClasses().contains(parsedClass);
    }

    /**
     * The events with the reasons that follow from their recipient's other events in the same
     * campaign ({@code TOO_FAST}, {@code ALL_LINKS_BURST}) set anew on top of the reasons they
     * carry from {@link #alone}. {@code events} must hold every stored send, delivery, open and
     * click of each recipient and campaign it holds any of; the result keeps their order.
     */
    public List<EngagementEvent> inContext(List<EngagementEvent> events) {
        Map<String, Set<MachineReason>> found =
                timingReasons(events.stream().map(ContextEvent::of).toList());
        List<EngagementEvent> classified = new ArrayList<>(events.size());
        for (EngagementEvent event : events) {
            MachineVerdict verdict =
                    withTimingReasons(event.machine(), found.get(event.id().value()));
            classified.add(verdict.equals(event.machine()) ? event : event.withMachine(verdict));
        }
        return classified;
    }

    /**
     * The timing reasons ({@code TOO_FAST}, {@code ALL_LINKS_BURST}) each event has from its
     * recipient's other events in the same campaign, by event id; an event with none is absent.
     * {@code events} must hold every send, delivery, open and click of each recipient and campaign
     * it holds any of.
     */
    public Map<String, Set<MachineReason>> timingReasons(Collection<ContextEvent> events) {
        Map<List<String>, List<ContextEvent>> byRecipient = new LinkedHashMap<>();
        for (ContextEvent event : events) {
            byRecipient
                    .computeIfAbsent(List.of(event.campaignId(), event.recipientId()), k -> new ArrayList<>())
                    .add(event);
        }
        Map<String, Set<MachineReason>> found = new LinkedHashMap<>();
        for (List<ContextEvent> recipientEvents : byRecipient.values()) {
            RecipientTimeline timeline = new RecipientTimeline(recipientEvents);
            timeline.tooFast(rules.tooFast()).forEach(id -> add(found, id, MachineReason.TOO_FAST));
            timeline.bursts(rules.burstWindow(), rules.burstMinLinks())
                    .forEach(id -> add(found, id, MachineReason.ALL_LINKS_BURST));
        }
        return found;
    }

    /** {@code verdict} with its timing reasons replaced by {@code found} (null: none). */
    public static MachineVerdict withTimingReasons(MachineVerdict verdict, Set<MachineReason> found) {
        return verdict.replacing(TIMING, found == null ? Set.of() : found);
    }

    /** Every rule on {@code events}: {@link #alone} on each, then {@link #inContext}. */
    public List<EngagementEvent> classify(List<EngagementEvent> events) {
        return inContext(events.stream().map(this::alone).toList());
    }

    private static void add(Map<String, Set<MachineReason>> found, String id, MachineReason reason) {
        found.computeIfAbsent(id, k -> EnumSet.noneOf(MachineReason.class)).add(reason);
    }

    private static boolean containsAny(String agent, List<String> fragments) {
        for (String fragment : fragments) {
            if (agent.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
