package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.Campaign;
import io.engagementhub.domain.model.CampaignDetails;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign details from the emailing lists, {@code ms/emailings} and {@code publisher/emailings}
 * (docs/providers/copernica.md#campaign-details): subject, send time, number of destinations, and
 * Publisher's description as the name. Each read takes the emailings sent since the previous one
 * began, less a day so that an emailing still being sent is read again while its destinations grow;
 * the first read of a process reaches back the initial look-back. After a failed read the next one
 * starts from the same point.
 */
final class CopernicaEmailings {

    private static final Logger LOG = LoggerFactory.getLogger(CopernicaEmailings.class);
    /** How far before the previous read a read begins again. */
    static final Duration REREAD = Duration.ofDays(1);
    /** Guard: an emailing list this long does not page as documented. */
    private static final int MAX_PAGES = 1_000;

    private final String account;
    private final StreamReading reading;
    private Instant previousRead;
    /** The product each emailing read so far was listed under. */
    private final Map<String, CopernicaProduct> products = new ConcurrentHashMap<>();

    CopernicaEmailings(String account, StreamReading reading) {
        this.account = account;
        this.reading = reading;
    }

    /** The emailings sent since the previous read (less a day), of every enabled product. */
    CampaignDetails sinceLastRead() {
        Instant now = reading.clock().instant();
        Instant since =
                previousRead == null ? now.minus(reading.settings().initialLookBack()) : previousRead.minus(REREAD);
        List<Campaign> campaigns = new ArrayList<>();
        int requests = 0;
        for (CopernicaProduct product : CopernicaProduct.values()) {
            if (reading.settings().products().contains(product)) {
                requests += read(product, since, now, campaigns);
            }
        }
        previousRead = now;
        return new CampaignDetails(campaigns, requests);
    }

    private int read(CopernicaProduct product, Instant from, Instant now, List<Campaign> into) {
        PageRequest request = new PageRequest().param("fromdate", reading.time().lowestLocal(from, now));
        int pageSize = reading.settings().pageSize();
        int requests = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            CopernicaTransport.Answer answer = reading.transport()
                    .list(2, product.path() + "/emailings", request.paged(page * pageSize, pageSize));
            requests += answer.requests();
            answer.items().forEach(item -> add(product, item, into));
            if (answer.items().size() < pageSize) {
                return requests;
            }
        }
        throw new EngagementSourceException(product.path() + "/emailings did not end after " + MAX_PAGES + " pages");
    }

    /** The product an emailing read by this process was listed under, if any. */
    Optional<CopernicaProduct> productOf(String emailingId) {
        return Optional.ofNullable(products.get(emailingId));
    }

    private void add(CopernicaProduct product, JsonNode item, List<Campaign> into) {
        try {
            Campaign campaign = campaign(product, item);
            products.put(campaign.campaignId(), product);
            into.add(campaign);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Copernica account '{}': skipped an emailing of {}/emailings: {}",
                    account,
                    product.path(),
                    e.getMessage());
        }
    }

    private Campaign campaign(CopernicaProduct product, JsonNode item) {
        String id = CopernicaResponses.text(item.get("id") != null ? item.get("id") : item.get("ID"));
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("field 'id' is missing");
        }
        String timestamp = CopernicaResponses.text(item.get("timestamp"));
        String name = product == CopernicaProduct.PUBLISHER ? CopernicaResponses.text(item.get("description")) : null;
        return new Campaign(
                account,
                id.trim(),
                name,
                CopernicaResponses.text(item.get("subject")),
                timestamp == null ? null : reading.time().parse(timestamp),
                count(CopernicaResponses.text(item.get("destinations"))));
    }

    /** docs/providers/copernica.md#ids-and-number-types: a number in one product, a string in the other. */
    private static Long count(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text.trim());
    }
}
