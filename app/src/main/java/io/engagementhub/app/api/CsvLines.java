package io.engagementhub.app.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Events as CSV (RFC 4180): one header line, then one line per event with every field of the JSON
 * item; {@code machine} is {@code true} or {@code false}, {@code machineReasons} the reasons joined
 * by {@code ;}.
 */
final class CsvLines {

    static final String HEADER = String.join(
                    ",",
                    "id",
                    "account",
                    "provider",
                    "product",
                    "type",
                    "occurredAt",
                    "campaignId",
                    "campaignName",
                    "parentCampaignId",
                    "recipientId",
                    "email",
                    "profileId",
                    "subprofileId",
                    "linkUrl",
                    "linkId",
                    "linkTitle",
                    "ip",
                    "userAgent",
                    "deviceType",
                    "referer",
                    "deviceClass",
                    "operatingSystem",
                    "agentName",
                    "agentVersion",
                    "agentClass",
                    "bounceCode",
                    "bounceCategory",
                    "bounceDescription",
                    "providerEventId",
                    "machine",
                    "machineReasons")
            + "\r\n";

    private CsvLines() {}

    static String line(EventView e) {
        EventView.LinkView link = e.link();
        EventView.ClientView client = e.client();
        EventView.BounceView bounce = e.bounce();
        List<String> fields = Arrays.asList(
                e.id(),
                e.account(),
                e.provider(),
                e.product(),
                e.type(),
                e.occurredAt().toString(),
                e.campaignId(),
                e.campaignName(),
                e.parentCampaignId(),
                e.recipient().id(),
                e.recipient().email(),
                e.recipient().profileId(),
                e.recipient().subprofileId(),
                link == null ? null : link.url(),
                link == null ? null : link.id(),
                link == null ? null : link.title(),
                client == null ? null : client.ip(),
                client == null ? null : client.userAgent(),
                client == null ? null : client.deviceType(),
                client == null ? null : client.referer(),
                client == null ? null : client.deviceClass(),
                client == null ? null : client.operatingSystem(),
                client == null ? null : client.agentName(),
                client == null ? null : client.agentVersion(),
                client == null ? null : client.agentClass(),
                bounce == null ? null : bounce.code(),
                bounce == null ? null : bounce.category(),
                bounce == null ? null : bounce.description(),
                e.providerEventId(),
                Boolean.toString(e.machine().flagged()),
                String.join(";", e.machine().reasons()));
        return fields.stream().map(CsvLines::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Empty for null; quoted (inner quotes doubled) when it holds a comma, quote or line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
