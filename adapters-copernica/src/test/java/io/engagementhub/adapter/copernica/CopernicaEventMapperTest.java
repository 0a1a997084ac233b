package io.engagementhub.adapter.copernica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopernicaEventMapperTest {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private final CopernicaRecordDecoder decoder =
            new CopernicaRecordDecoder(CopernicaSettings.of("acme", CopernicaSettings.DEFAULT_BASE_URL, "t0ken")
                    .withZone(ZoneId.of("Europe/Amsterdam")));

    private EngagementEvent map(CopernicaProduct product, CopernicaEventType type, String json) throws IOException {
        DecodedPage page =
                decoder.decode(new CopernicaStream(product, type), List.of(JSON.readValue(json, JsonNode.class)));
        assertThat(page.rejected()).as("rejected").isZero();
        return page.events().get(0);
    }

    @Test
    void mapsAMarketingSuiteClickWithNumericProfileEscapedSlashesAndTemplateLink() throws IOException {
        EngagementEvent click = map(
                CopernicaProduct.MS,
                CopernicaEventType.CLICKS,
                "{\"ID\":\"1\",\"mailing\":\"2\","
                        + "\"link\":\"http:\\/\\/www.myshop.nl\\/c\\/{$profile.customerid}\",\"timestamp\":\"2014-10-14 11:33:22\","
                        + "\"ip\":\"2a03:e280:0:1::1\",\"useragent\":\"Mozilla\\/5.0\",\"destination\":\"1\",\"profile\":13453,"
                        + "\"subprofile\":null,\"unknown\":[1]}");
        assertThat(click.id().value()).isEqualTo("copernica:ms:clicks:1");
        assertThat(click.type()).isEqualTo(EngagementType.CLICKED);
        assertThat(click.occurredAt()).isEqualTo(Instant.parse("2014-10-14T09:33:22Z"));
        assertThat(click.campaignId()).isEqualTo("2");
        assertThat(click.link().url()).isEqualTo("http://www.myshop.nl/c/{$profile.customerid}");
        assertThat(click.client().ip()).isEqualTo("2a03:e280:0:1::1");
        assertThat(click.client().userAgent()).isEqualTo("Mozilla/5.0");
        assertThat(click.recipient().profileId()).isEqualTo("13453");
    }

    @Test
    void mapsAPublisherClickWithDashedUserAgentLinkIdAndPlaceholderLink() throws IOException {
        EngagementEvent click = map(
                CopernicaProduct.PUBLISHER,
                CopernicaEventType.CLICKS,
                "{\"ID\":\"9\",\"link_id\":\"3\","
                        + "\"link\":\"{webversion}\",\"link_title\":\"\",\"timestamp\":\"2024-01-02 10:00:00\",\"ip\":\"0.0.0.0\","
                        + "\"user-agent\":\"Firefox 3.6, WinXP\",\"referer\":null,\"emailing\":\"401\",\"destination\":\"54\","
                        + "\"profile\":\"52647\",\"subprofile\":null}");
        assertThat(click.link().url()).isEqualTo("{webversion}");
        assertThat(click.link().id()).isEqualTo("3");
        assertThat(click.link().title()).isNull();
        assertThat(click.client().userAgent()).isEqualTo("Firefox 3.6, WinXP");
        assertThat(click.campaignId()).isEqualTo("401");
        assertThat(click.product()).isEqualTo("publisher");
    }

    @Test
    void mapsImpressionDeviceAndBothDeliveryAttemptSpellings() throws IOException {
        EngagementEvent open = map(
                CopernicaProduct.MS,
                CopernicaEventType.IMPRESSIONS,
                "{\"ID\":1,\"mailing\":412,"
                        + "\"timestamp\":\"2014-10-09 13:41:46\",\"device\":\"tablet\",\"destination\":\"112\",\"profile\":null}");
        assertThat(open.client().deviceType()).isEqualTo(DeviceType.TABLET);
        assertThat(open.recipient().profileId()).isNull();
        EngagementEvent ms = map(
                CopernicaProduct.MS,
                CopernicaEventType.DELIVERIES,
                "{\"ID\":\"1\",\"mailing\":\"33\","
                        + "\"timestamp\":\"2014-11-06 13:43:17\",\"attempts\":1,\"destination\":\"312\"}");
        EngagementEvent pub = map(
                CopernicaProduct.PUBLISHER,
                CopernicaEventType.DELIVERIES,
                "{\"ID\":\"1\","
                        + "\"emailing\":\"33\",\"timestamp\":\"2014-11-06 13:43:17\",\"attempt\":\"0\",\"smtp-response\":\"250\","
                        + "\"destination\":\"312\"}");
        assertThat(List.of(ms.type(), pub.type())).containsOnly(EngagementType.DELIVERED);
    }

    @Test
    void mapsErrorsToBounceCategoriesFromSmtpCodeThenErrorType() throws IOException {
        EngagementEvent error = map(
                CopernicaProduct.PUBLISHER,
                CopernicaEventType.ERRORS,
                "{\"ID\":\"16\","
                        + "\"timestamp\":\"2008-06-25 14:23:05\",\"errorcode\":\"5.1.2\",\"description\":\"no mailservers\","
                        + "\"errortype\":\"nohost\",\"emailing\":\"401\",\"destination\":\"54215\"}");
        assertThat(error.bounce().category()).isEqualTo(BounceCategory.HARD);
        assertThat(error.bounce().code()).isEqualTo("5.1.2");
        assertThat(CopernicaBounces.categorize("5.7.1", "")).isEqualTo(BounceCategory.BLOCKED);
        assertThat(CopernicaBounces.categorize("4.2.2", "other")).isEqualTo(BounceCategory.SOFT);
        assertThat(CopernicaBounces.categorize("0", "unreachable")).isEqualTo(BounceCategory.SOFT);
        assertThat(CopernicaBounces.categorize("0", "")).isEqualTo(BounceCategory.UNKNOWN);
    }

    @Test
    void mapsUnsubscribesAndAbusesOfBothProducts() throws IOException {
        EngagementEvent unsub = map(
                CopernicaProduct.PUBLISHER,
                CopernicaEventType.UNSUBSCRIBES,
                "{\"ID\":\"5\","
                        + "\"timestamp\":\"2020-01-01 00:00:00\",\"source\":\"link\",\"success\":true,\"emailing\":\"1\","
                        + "\"destination\":\"2\"}");
        EngagementEvent abuse = map(
                CopernicaProduct.MS,
                CopernicaEventType.ABUSES,
                "{\"ID\":\"12\",\"mailing\":\"233482\","
                        + "\"timestamp\":\"2019-03-05 14:44:52\",\"report\":{},\"destination\":\"1264524\"}");
        assertThat(unsub.type()).isEqualTo(EngagementType.UNSUBSCRIBED);
        assertThat(abuse.type()).isEqualTo(EngagementType.COMPLAINED);
    }

    @Test
    void readsFallBackHourTimesWithTheEarlierOffset() {
        CopernicaTime time = new CopernicaTime(ZoneId.of("Europe/Amsterdam"));
        assertThat(time.parse("2024-10-27 02:30:00")).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
        assertThat(time.parse("2024-10-27 03:30:00")).isEqualTo(Instant.parse("2024-10-27T02:30:00Z"));
        assertThat(time.lowestLocal(Instant.parse("2024-10-27T00:50:00Z"), Instant.parse("2024-10-27T01:20:00Z")))
                .isEqualTo("2024-10-27 02:00:00");
    }

    @Test
    void skipsAMalformedRecordAndKeepsTheOthersOnThePage() throws IOException {
        List<JsonNode> items = List.of(
                JSON.readValue(
                        "{\"ID\":\"1\",\"mailing\":\"2\",\"timestamp\":\"2020-01-01 00:00:00\",\"destination\":\"3\"}",
                        JsonNode.class),
                JSON.readValue(
                        "{\"ID\":\"2\",\"mailing\":\"2\",\"timestamp\":\"yesterday\",\"destination\":\"3\"}",
                        JsonNode.class),
                JSON.readValue(
                        "{\"ID\":\"3\",\"mailing\":{\"x\":1},\"timestamp\":\"2020-01-01 00:00:00\"}", JsonNode.class),
                JSON.readValue(
                        "{\"ID\":\"4\",\"timestamp\":\"2020-01-01 00:00:00\",\"destination\":\"3\"}", JsonNode.class));
        DecodedPage page =
                decoder.decode(new CopernicaStream(CopernicaProduct.MS, CopernicaEventType.DELIVERIES), items);
        assertThat(page.events()).extracting(e -> e.providerEventId()).containsExactly("1");
        assertThat(page.rejected()).isEqualTo(3);
        assertThat(page.maxId()).isEqualTo(4);
        assertThatThrownBy(() -> new CopernicaTime(ZoneId.of("UTC")).parse("2020-13-01 00:00:00"))
                .hasMessageContaining("2020-13-01 00:00:00");
    }
}
