package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstantContactEventMapperTest {

    private static final String ACTIVITY = "c8cdf384-15ca-4dcc-9b6f-4c91121fdc23";
    private final ConstantContactJson json = ConstantContactJson.standard();
    private final ConstantContactEventMapper mapper = new ConstantContactEventMapper("acme");

    @Test
    void mapsAClickRowWithoutMillisecondsAndIgnoresUnknownFields() {
        ConstantContactTrackingPage page = json.read(
                "{\"tracking_activities\":[{\"contact_id\":\"4399ce90\",\"campaign_activity_id\":\"" + ACTIVITY
                        + "\",\"tracking_activity_type\":\"em_clicks\",\"email_address\":\"Contact01@Example.com\","
                        + "\"device_type\":\"computer\",\"url_id\":\"499207421663\",\"link_url\":\"{webversion}\","
                        + "\"created_time\":\"2019-05-16T21:14:00Z\",\"surprise\":1}],\"_links\":{}}",
                ConstantContactTrackingPage.class,
                "test");
        ConstantContactStreamKey key = new ConstantContactStreamKey(ACTIVITY, ConstantContactReport.CLICKS);

        EngagementEvent click = map(page.rows().get(0), key);

        assertThat(click.type()).isEqualTo(EngagementType.CLICKED);
        assertThat(click.occurredAt()).isEqualTo(Instant.parse("2019-05-16T21:14:00Z"));
        assertThat(click.campaignId()).isEqualTo(ACTIVITY);
        assertThat(click.parentCampaignId()).isEqualTo("parent");
        assertThat(click.recipient().email()).isEqualTo("contact01@example.com");
        assertThat(click.link().url()).isEqualTo("{webversion}");
        assertThat(click.link().id()).isEqualTo("499207421663");
        assertThat(click.client().deviceType()).isEqualTo(DeviceType.DESKTOP);
        assertThat(ConstantContactLinks.nextHref(page.links())).isNull();
    }

    @Test
    void vacationBounceIsADeliveredAutoReplyAndOtherCodesAreBounces() {
        ConstantContactStreamKey key = new ConstantContactStreamKey(ACTIVITY, ConstantContactReport.BOUNCES);

        EngagementEvent autoReply = map(row("V", "2019-05-16T21:14:00.000Z"), key);
        EngagementEvent blocked = map(row("Z", "2019-05-16T21:14:00.000Z"), key);

        assertThat(autoReply.type()).isEqualTo(EngagementType.DELIVERED);
        assertThat(autoReply.bounce().category()).isEqualTo(BounceCategory.AUTO_REPLY);
        assertThat(blocked.type()).isEqualTo(EngagementType.BOUNCED);
        assertThat(blocked.bounce().category()).isEqualTo(BounceCategory.BLOCKED);
    }

    @Test
    void rowWithoutCreatedTimeIsRejectedWithAReason() {
        ConstantContactStreamKey key = new ConstantContactStreamKey(ACTIVITY, ConstantContactReport.OPENS);
        assertThatThrownBy(() -> map(row(null, null), key)).hasMessageContaining("created_time");
    }

    @Test
    void identicalRowsOfOneMinuteDigestAlikeWhateverTheMillisecondFormat() {
        Instant minute = Instant.parse("2019-05-16T21:14:00Z");
        String a = ConstantContactEventIdentity.digest(
                ConstantContactReport.BOUNCES, row("B", "2019-05-16T21:14:00Z"), minute);
        String b = ConstantContactEventIdentity.digest(
                ConstantContactReport.BOUNCES, row("B", "2019-05-16T21:14:00.000Z"), minute);
        String other = ConstantContactEventIdentity.digest(
                ConstantContactReport.BOUNCES, row("D", "2019-05-16T21:14:00Z"), minute);
        assertThat(a).isEqualTo(b).isNotEqualTo(other);
    }

    @Test
    void scanPositionSurvivesEncodingWithScanAndCounts() {
        ConstantContactScanPosition position = new ConstantContactScanPosition(
                "a5f8e0c2-0d4b-4b59-9d6a-8f0c6f3c2b11",
                Instant.parse("2026-11-01T10:00:00Z"),
                "5f3a9c:2",
                Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-19T09:58:00Z"),
                Map.of("0123456789abcdef0123", 2));

        assertThat(ConstantContactScanPosition.decode(position.encode())).isEqualTo(position);
        assertThat(ConstantContactScanPosition.decode("")).isEqualTo(ConstantContactScanPosition.START);
        assertThatThrownBy(() -> ConstantContactScanPosition.decode("garbage"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConstantContactScanPosition.decode("v2;p=;w=yesterday;t=;m=;c=;h="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yesterday");
        assertThatThrownBy(() -> ConstantContactScanPosition.decode("v2;p=;w=;t=;m=;c=;s=/v3/next"))
                .as("never a cursor link")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ConstantContactScanPosition.decode("v1;w=;t=;m=;c=;h=%2Fv3%2Fnext")
                        .scanning())
                .as("a v1 scan under way is one, without its link")
                .isTrue();
        assertThat(ConstantContactScanPosition.decode("v1;w=2026-11-01T10:00:00Z;t=;m=;c=;h="))
                .as("a position written before it named the campaign")
                .isEqualTo(ConstantContactScanPosition.START.finished(Instant.parse("2026-11-01T10:00:00Z")));
    }

    private EngagementEvent map(ConstantContactTrackingActivity row, ConstantContactStreamKey key) {
        Instant minute = ConstantContactEventMapper.minuteOf(row);
        String digest = ConstantContactEventIdentity.digest(key.report(), row, minute);
        return mapper.map(row, key, "parent", ConstantContactEventIdentity.id(key, digest, 1));
    }

    private static ConstantContactTrackingActivity row(String bounceCode, String createdTime) {
        return new ConstantContactTrackingActivity(
                "4399ce90", ACTIVITY, "a@example.com", createdTime, null, null, null, bounceCode);
    }
}
