package io.engagementhub.domain.service;

import static io.engagementhub.domain.testing.EngagementEvents.T0;
import static io.engagementhub.domain.testing.EngagementEvents.aClickFrom;
import static io.engagementhub.domain.testing.EngagementEvents.anEvent;
import static io.engagementhub.domain.testing.EngagementEvents.anOpenFrom;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Recipient;
import io.engagementhub.domain.testing.FixedRanges;
import io.engagementhub.domain.testing.TableParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule on real user agents (parsed as the classification adapter's parser reads them: see its tests). */
class MachineClassifierTest {

    static final String APPLE_MAIL_PROXY = "Mozilla/5.0";
    static final String IPHONE_MAIL =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    static final String GMAIL_PROXY =
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
    static final String YAHOO_PROXY = "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html";
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36";
    static final String BARRACUDA = "Mozilla/5.0 (compatible; BarracudaCentral/1.0; +http://www.barracudacentral.org)";
    static final String PYTHON = "python-requests/2.31.0";

    static final TableParser PARSER = new TableParser(Map.of(
            IPHONE_MAIL, new ParsedClient("Phone", "iOS", "Apple Mail", "605.1.15", "Email Client"),
            CHROME, new ParsedClient("Desktop", "Windows", "Chrome", "120", "Browser"),
            PYTHON, new ParsedClient("Robot", "Cloud", "Python Requests", "2.31.0", "Robot")));

    final MachineClassifier classifier =
            new MachineClassifier(MachineRules.DEFAULTS, PARSER, FixedRanges.APPLE, new FixedRanges(List.of("40.94.")));

    @Test
    void anOpenFromApplesProxyAddressIsApplePrivacyProxy() {
        EngagementEvent open = classifier.alone(anOpenFrom("17.58.101.4", APPLE_MAIL_PROXY));

        assertThat(open.machine().reasons()).containsExactly(MachineReason.APPLE_PRIVACY_PROXY);
        assertThat(open.machine().flagged()).isTrue();
    }

    @Test
    void aClickFromAnAppleAddressIsNoProxyOpen() {
        assertThat(classifier.alone(aClickFrom("17.58.101.4", IPHONE_MAIL)).machine())
                .isEqualTo(MachineVerdict.NONE);
    }

    @Test
    void gmailAndYahooProxyOpensAreHumanButMarked() {
        for (String agent : List.of(GMAIL_PROXY, YAHOO_PROXY)) {
            EngagementEvent open = classifier.alone(anOpenFrom("66.102.8.1", agent));

            assertThat(open.machine().reasons()).containsExactly(MachineReason.IMAGE_PROXY);
            assertThat(open.machine().flagged()).isFalse();
        }
    }

    @Test
    void aScannerIsKnownByItsAgentItsAddressOrItsRobotClass() {
        assertThat(classifier
                        .alone(aClickFrom("203.0.113.9", BARRACUDA))
                        .machine()
                        .reasons())
                .containsExactly(MachineReason.SECURITY_SCANNER);
        assertThat(classifier.alone(aClickFrom("40.94.29.7", CHROME)).machine().reasons())
                .containsExactly(MachineReason.SECURITY_SCANNER);
        assertThat(classifier.alone(aClickFrom("203.0.113.9", PYTHON)).machine().reasons())
                .containsExactly(MachineReason.SECURITY_SCANNER);
    }

    @Test
    void ordinaryMailAndBrowserClientsAreHumanAndParsed() {
        EngagementEvent open = classifier.alone(anOpenFrom("83.161.20.7", IPHONE_MAIL));
        EngagementEvent click = classifier.alone(aClickFrom("83.161.20.7", CHROME));

        assertThat(open.machine()).isEqualTo(MachineVerdict.NONE);
        assertThat(open.client().parsed().agentName()).isEqualTo("Apple Mail");
        assertThat(click.machine()).isEqualTo(MachineVerdict.NONE);
        assertThat(click.client().parsed().operatingSystem()).isEqualTo("Windows");
    }

    @Test
    void anOpenOrClickWithinTheLimitOfTheDeliveryIsTooFast() {
        EngagementEvent delivery = anEvent(EngagementType.DELIVERED).build();
        EngagementEvent fast = at(aClickFrom("83.161.20.7", CHROME), Duration.ofMillis(1500));
        EngagementEvent human = at(anOpenFrom("83.161.20.7", IPHONE_MAIL), Duration.ofSeconds(40));

        List<EngagementEvent> classified = classifier.classify(List.of(delivery, fast, human));

        assertThat(classified.get(1).machine().reasons()).containsExactly(MachineReason.TOO_FAST);
        assertThat(classified.get(2).machine()).isEqualTo(MachineVerdict.NONE);
        assertThat(classified.get(0).machine()).isEqualTo(MachineVerdict.NONE);
    }

    @Test
    void anAutoReplyIsNoDeliveryToTimeAgainst() {
        EngagementEvent autoReply = anEvent(EngagementType.DELIVERED)
                .bounce(new Bounce("V", BounceCategory.AUTO_REPLY, null))
                .build();
        EngagementEvent click = at(aClickFrom("83.161.20.7", CHROME), Duration.ofSeconds(1));

        assertThat(classifier.classify(List.of(autoReply, click)).get(1).machine())
                .isEqualTo(MachineVerdict.NONE);
    }

    @Test
    void anEngagementBeforeAnyDeliveryIsNotTooFast() {
        EngagementEvent delivery = at(anEvent(EngagementType.DELIVERED).build(), Duration.ofSeconds(10));
        EngagementEvent early = aClickFrom("83.161.20.7", CHROME);

        assertThat(classifier.classify(List.of(delivery, early)).get(1).machine())
                .isEqualTo(MachineVerdict.NONE);
    }

    @Test
    void clicksOnEveryLinkWithinSecondsAreABurstButLaterClicksAreNot() {
        List<EngagementEvent> clicks = List.of(
                linkAt("https://shop.example/a", Duration.ofSeconds(30)),
                linkAt("https://shop.example/b", Duration.ofSeconds(31)),
                linkAt("https://shop.example/c", Duration.ofSeconds(33)),
                linkAt("https://shop.example/b", Duration.ofMinutes(20)));

        List<EngagementEvent> classified = classifier.classify(clicks);

        assertThat(classified.subList(0, 3))
                .allSatisfy(c -> assertThat(c.machine().reasons()).containsExactly(MachineReason.ALL_LINKS_BURST));
        assertThat(classified.get(3).machine()).isEqualTo(MachineVerdict.NONE);
    }

    @Test
    void twoLinksAreNoBurstAndOtherRecipientsDoNotCount() {
        List<EngagementEvent> clicks = List.of(
                linkAt("https://shop.example/a", Duration.ZERO),
                linkAt("https://shop.example/b", Duration.ofSeconds(1)),
                linkAt("https://shop.example/c", Duration.ofSeconds(1)).toBuilder()
                        .recipient(new Recipient("r2", null, null, null))
                        .build());

        assertThat(classifier.classify(clicks))
                .allSatisfy(c -> assertThat(c.machine()).isEqualTo(MachineVerdict.NONE));
    }

    @Test
    void contextReasonsAreRecomputedWhileTheEventsOwnReasonsStay() {
        EngagementEvent stale = anOpenFrom("17.1.2.3", APPLE_MAIL_PROXY)
                .withMachine(MachineVerdict.of(MachineReason.APPLE_PRIVACY_PROXY, MachineReason.TOO_FAST));

        assertThat(classifier.inContext(List.of(stale)).get(0).machine().reasons())
                .containsExactly(MachineReason.APPLE_PRIVACY_PROXY);
    }

    @Test
    void theRulesVersionChangesWithTheSettingsAndTheRanges() {
        String version = classifier.rulesVersion();
        MachineRules slower = new MachineRules(
                Duration.ofSeconds(5), Duration.ofSeconds(5), 3, List.of(), List.of("GoogleImageProxy"), List.of());

        assertThat(new MachineClassifier(MachineRules.DEFAULTS, PARSER, FixedRanges.APPLE, FixedRanges.NONE)
                        .rulesVersion())
                .isNotEqualTo(version);
        assertThat(new MachineClassifier(slower, PARSER, FixedRanges.APPLE, new FixedRanges(List.of("40.94.")))
                        .rulesVersion())
                .isNotEqualTo(version);
        assertThat(classifier.rulesVersion()).isEqualTo(version);
    }

    static EngagementEvent at(EngagementEvent event, Duration after) {
        return event.toBuilder().occurredAt(T0.plus(after)).build();
    }

    static EngagementEvent linkAt(String url, Duration after) {
        return at(
                aClickFrom("83.161.20.7", CHROME).toBuilder()
                        .link(new Link(url, null, null))
                        .build(),
                after);
    }
}
