package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.EngagementEvent;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a page's raw {@code data} items into events. A record that cannot be read or mapped is
 * logged at WARN with its raw JSON (token masked) and skipped; the page's other events stay.
 */
final class CopernicaRecordDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(CopernicaRecordDecoder.class);

    private final String account;
    private final SecretMask mask;
    private final CopernicaEventMapper mapper;
    private final ObjectMapper json = ObjectMapper.getDefault();

    CopernicaRecordDecoder(CopernicaSettings settings) {
        this.account = settings.account();
        this.mask = new SecretMask(settings.accessToken());
        this.mapper = new CopernicaEventMapper(settings.account(), settings.zone());
    }

    DecodedPage decode(CopernicaStream stream, List<JsonNode> items) {
        List<EngagementEvent> events = new ArrayList<>(items.size());
        int rejected = 0;
        long maxId = -1;
        boolean ascending = true;
        for (JsonNode item : items) {
            long id = idOf(item);
            if (id >= 0) {
                ascending &= id > maxId;
                maxId = Math.max(maxId, id);
            }
            try {
                events.add(mapper.map(stream, json.readValueFromTree(item, recordType(stream))));
            } catch (Exception e) {
                rejected++;
                LOG.warn(
                        "Copernica account '{}': skipped a malformed {} record ({}): {}",
                        account,
                        stream.key(),
                        mask.mask(String.valueOf(e.getMessage())),
                        raw(item));
            }
        }
        return new DecodedPage(events, rejected, items.size(), maxId, ascending);
    }

    private String raw(JsonNode node) {
        try {
            return mask.mask(json.writeValueAsString(node));
        } catch (IOException e) {
            return "<unprintable>";
        }
    }

    private static Class<? extends CopernicaRecord> recordType(CopernicaStream stream) {
        return switch (stream.type()) {
            case CLICKS -> CopernicaClick.class;
            case IMPRESSIONS -> CopernicaImpression.class;
            case DELIVERIES -> CopernicaDelivery.class;
            case ERRORS -> CopernicaError.class;
            case UNSUBSCRIBES -> CopernicaUnsubscribe.class;
            case ABUSES -> CopernicaAbuse.class;
        };
    }

    private static long idOf(JsonNode item) {
        if (!item.isObject()) {
            return -1;
        }
        String text = CopernicaResponses.text(item.get("ID") != null ? item.get("ID") : item.get("id"));
        try {
            return text == null ? -1 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
