package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.ProviderUsage;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API calls Copernica counts for a v4 account this month ({@code v4/consumption},
 * docs/providers/copernica.md#rest-v4-consumption), asked at most once a day at the end of a sync:
 * Copernica bills calls beyond an included number, and each ask is a call too.
 */
final class CopernicaConsumption {

    private static final Logger LOG = LoggerFactory.getLogger(CopernicaConsumption.class);
    private static final Duration READ_EVERY = Duration.ofDays(1);

    private final CopernicaSettings settings;
    private final StreamReading reading;
    private ProviderUsage last;
    private Instant asked = Instant.MIN;

    CopernicaConsumption(CopernicaSettings settings, StreamReading reading) {
        this.settings = settings;
        this.reading = reading;
    }

    /** The count last read, if any; never asks. */
    synchronized Optional<ProviderUsage> last() {
        return Optional.ofNullable(last);
    }

    /**
     * Asks for this month's count when the last ask is a day old (a failed ask keeps the last count
     * and is logged); called at the end of a sync, so no API call waits for it.
     *
     * @return the requests asking took
     */
    synchronized int refreshIfDue() {
        Instant now = reading.clock().instant();
        if (now.isBefore(asked.plus(READ_EVERY))) {
            return 0;
        }
        asked = now;
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        LocalDate first = today.withDayOfMonth(1);
        AtomicInteger requests = new AtomicInteger();
        try {
            List<String[]> month =
                    List.of(new String[] {"begin", first.toString()}, new String[] {"end", today.toString()});
            JsonNode answer = reading.transport().object("consumption", month, requests);
            Long calls = count(answer.get("apicalls"));
            if (calls == null) {
                LOG.warn("Copernica account '{}': consumption answered no 'apicalls' count", settings.account());
            } else {
                last = new ProviderUsage(calls, first, today, now);
            }
        } catch (EngagementSourceException e) {
            LOG.warn(
                    "Copernica account '{}': reading this month's API consumption failed: {}",
                    settings.account(),
                    e.getMessage());
        }
        return requests.get();
    }

    /** A count given as a JSON number or a numeric string (undocumented which), else null. */
    private static Long count(JsonNode node) {
        String text = CopernicaResponses.text(node);
        try {
            return text == null ? null : (long) Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
