package io.engagementhub.adapter.classification;

import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aClick;
import static io.engagementhub.domain.testing.EngagementEvents.aClickFrom;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpenFrom;
import static io.engagementhub.domain.testing.EngagementEvents.anyId;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.service.MachineClassifier;
import io.engagementhub.domain.service.MachineRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules with the real parser and real user agents, as mail clients, proxies and scanners send them. */
class RealUserAgentRulesTest {

    static final String APPLE_MAIL_PROXY = "Mozilla/5.0";
    static final String GMAIL_PROXY =
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
    static final String YAHOO_PROXY = "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html";
    static final String OUTLOOK = "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)";
    static final String THUNDERBIRD =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Thunderbird/115.6.0";
    static final String IPHONE_MAIL = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Mobile/15E148";
    static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like"
            + " Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36";
    /** Scanners by name (Barracuda, Googlebot), by the parser's robot class, and HTTP libraries and tools. */
    static final List<String> SCANNERS = List.of(
            "Mozilla/5.0 (compatible; BarracudaCentral/1.0; +http://www.barracudacentral.org)",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " HeadlessChrome/119.0.0.0 Safari/537.36",
            "python-requests/2.31.0",
            "Mozilla/5.0 (compatible; Google-Apps-Script)",
            "curl/8.4.0",
            "Go-http-client/1.1",
            "Java/17.0.2",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");

    static final String IPAD_MAIL =
            "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like" + " Gecko) Mobile/15E148";
    static final String MAC_MAIL =
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36";
    static final String HUMAN_IP = "83.161.20.7";

    static UapUserAgentParser parser;
    static MachineClassifier classifier;

    @BeforeAll
    static void loadParser() {
        parser = UapUserAgentParser.loadingInBackground(1000).awaitLoaded();
        classifier = new MachineClassifier(
                MachineRules.DEFAULTS,
                parser,
                AppleProxyRanges.builtIn(),
                ConfiguredRanges.of(List.of("40.94.0.0/16")));
    }

    static Set<MachineReason> reasons(EngagementEvent event) {
        return classifier.alone(event).machine().reasons();
    }

    @Test
    void mailClientsAndBrowsersAreParsedAndHuman() {
        assertThat(parser.parse(OUTLOOK))
                .isEqualTo(new ParsedClient("Desktop", "Windows", "Outlook", "2016", "Email Client"));
        assertThat(parser.parse(THUNDERBIRD).agentName()).isEqualTo("Thunderbird");
        assertThat(parser.parse(ANDROID_CHROME).operatingSystem()).isEqualTo("Android");
        assertThat(parser.parse(IPHONE_MAIL).deviceClass()).isEqualTo("Phone");
        assertThat(parser.parse(IPAD_MAIL).deviceClass()).isEqualTo("Tablet");
        assertThat(parser.parse(MAC_MAIL))
                .isEqualTo(new ParsedClient("Desktop", "Mac OS X", "Apple Mail", "605.1.15", "Email Client"));
        assertThat(parser.parse(APPLE_MAIL_PROXY)).isEqualTo(ParsedClient.UNKNOWN);
        for (String agent : List.of(OUTLOOK, THUNDERBIRD, IPHONE_MAIL, IPAD_MAIL, MAC_MAIL, ANDROID_CHROME, CHROME)) {
            assertThat(reasons(anOpenFrom(HUMAN_IP, agent))).as(agent).isEmpty();
            assertThat(reasons(aClickFrom(HUMAN_IP, agent))).as(agent).isEmpty();
        }
    }

    @Test
    void applesBareAgentFromApplesNetworkIsAPrivacyProxyOpen() {
        assertThat(reasons(anOpenFrom("17.58.101.4", APPLE_MAIL_PROXY)))
                .containsExactly(MachineReason.APPLE_PRIVACY_PROXY);
        assertThat(reasons(anOpenFrom(HUMAN_IP, APPLE_MAIL_PROXY))).isEmpty();
    }

    @Test
    void gmailAndYahooProxiesAreHumanOpensWithoutClientInformation() {
        assertThat(reasons(anOpenFrom("66.249.84.1", GMAIL_PROXY))).containsExactly(MachineReason.IMAGE_PROXY);
        assertThat(reasons(anOpenFrom("98.136.1.1", YAHOO_PROXY))).containsExactly(MachineReason.IMAGE_PROXY);
        assertThat(classifier
                        .alone(anOpenFrom("98.136.1.1", YAHOO_PROXY))
                        .machine()
                        .flagged())
                .isFalse();
    }

    @Test
    void scannersAreKnownByNameByRobotClassAndByAddress() {
        for (String agent : SCANNERS) {
            assertThat(reasons(aClickFrom(HUMAN_IP, agent))).as(agent).containsExactly(MachineReason.SECURITY_SCANNER);
        }
        assertThat(reasons(aClickFrom("40.94.12.9", ANDROID_CHROME))).containsExactly(MachineReason.SECURITY_SCANNER);
    }

    @Test
    void aScannerFollowingEveryLinkRightAfterDeliveryIsTooFastAndABurst() {
        EngagementEvent delivery = anEvent(EngagementType.DELIVERED).build();
        List<EngagementEvent> clicks =
                List.of("https://a.example/", "https://b.example/", "https://c.example/").stream()
                        .map(url -> aClickFrom("40.94.12.9", ANDROID_CHROME).toBuilder()
                                .link(new Link(url, null, null))
                                .occurredAt(T0.plusMillis(400))
                                .build())
                        .toList();
        List<EngagementEvent> all = new ArrayList<>(clicks);
        all.add(delivery);

        List<EngagementEvent> classified = classifier.classify(all);

        assertThat(classified.subList(0, 3)).allSatisfy(c -> assertThat(c.machine())
                .isEqualTo(MachineVerdict.of(
                        MachineReason.SECURITY_SCANNER, MachineReason.TOO_FAST, MachineReason.ALL_LINKS_BURST)));
        assertThat(classified.get(3).machine()).isEqualTo(MachineVerdict.NONE);
    }

    @Test
    void constantContactEventsWithoutAgentOrAddressGetOnlyTimingRules() {
        EngagementEvent send = anEvent(EngagementType.SENT).build();
        EngagementEvent sameMinute = aClick().client(new Client(null, null, DeviceType.DESKTOP, null))
                .build();
        EngagementEvent nextMinute = sameMinute.toBuilder()
                .id(anyId())
                .occurredAt(T0.plusSeconds(60))
                .build();

        List<EngagementEvent> classified = classifier.classify(List.of(send, sameMinute, nextMinute));

        assertThat(classified.get(1).machine()).isEqualTo(MachineVerdict.of(MachineReason.TOO_FAST));
        assertThat(classified.get(2).machine()).isEqualTo(MachineVerdict.NONE);
        assertThat(classified.get(1).client().parsed()).isEqualTo(ParsedClient.UNKNOWN);
    }
}
