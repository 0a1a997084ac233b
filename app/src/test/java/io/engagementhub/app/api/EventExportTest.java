package io.engagementhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventCursor;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.EventPage;
import io.engagementhub.domain.model.EventQuery;
import io.engagementhub.domain.model.MachineReason;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The export reads the store one page at a time, only as its reader asks for more. */
class EventExportTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final List<EngagementEvent> stored = new ArrayList<>();
    private final AtomicInteger pagesRead = new AtomicInteger();

    /** A store's keyset paging over {@link #stored}, which is in query order. */
    private EventPage page(EventQuery query) {
        pagesRead.incrementAndGet();
        List<EngagementEvent> matching =
                stored.stream().filter(query::matches).limit(query.limit() + 1L).toList();
        if (matching.size() <= query.limit()) {
            return new EventPage(matching, null);
        }
        List<EngagementEvent> items = matching.subList(0, query.limit());
        return new EventPage(items, EventCursor.after(items.get(items.size() - 1)));
    }

    private void storeEvents(int count) {
        for (int i = 0; i < count; i++) {
            stored.add(EngagementEvent.builder()
                    .id(EventId.of("test", String.format("e%05d", i)))
                    .account("acme")
                    .provider(Provider.COPERNICA)
                    .type(EngagementType.OPENED)
                    .occurredAt(T0.plusSeconds(i))
                    .campaignId("1001")
                    .recipient(Recipient.withId("r" + i))
                    .build());
        }
    }

    @Test
    void onlyThePagesTheReaderReachesAreRead() throws IOException {
        storeEvents(2_500);
        EventExport export = new EventExport(this::page, EventQuery.all(), "", e -> e.id() + "\n");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(export, StandardCharsets.UTF_8), 16)) {
            assertThat(lines.readLine()).isEqualTo("test:e00000");
            assertThat(pagesRead).hasValue(1);

            long rest = lines.lines().count();

            assertThat(rest).isEqualTo(2_499);
            assertThat(pagesRead).hasValue(3);
        }
    }

    @Test
    void anEmptyExportIsTheHeaderAlone() throws IOException {
        EventExport export = new EventExport(this::page, EventQuery.all(), CsvLines.HEADER, CsvLines::line);

        assertThat(new String(export.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CsvLines.HEADER);
    }

    @Test
    void csvFieldsAreQuotedWhenTheyMustBe() {
        assertThat(CsvLines.field(null)).isEmpty();
        assertThat(CsvLines.field("plain")).isEqualTo("plain");
        assertThat(CsvLines.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvLines.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvLines.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvLines.HEADER.split(",")).hasSize(31);
    }

    @Test
    void aCsvLineCarriesTheCampaignNameTheParsedClientAndTheMachineVerdict() {
        EngagementEvent open = EngagementEvent.builder()
                .id(EventId.of("test", "mpp"))
                .account("acme")
                .provider(Provider.COPERNICA)
                .type(EngagementType.OPENED)
                .occurredAt(T0)
                .campaignId("1001")
                .recipient(Recipient.withId("r1"))
                .client(new Client("17.58.0.1", "Mozilla/5.0", DeviceType.UNKNOWN, null)
                        .withParsed(new ParsedClient("Desktop", "Mac OS", "Apple Mail", "16", "Email Client")))
                .machine(MachineVerdict.of(MachineReason.APPLE_PRIVACY_PROXY, MachineReason.TOO_FAST))
                .build();
        EventView view = EventView.of(open, "Spring, sale");

        List<String> header = List.of(CsvLines.HEADER.strip().split(","));
        String line = CsvLines.line(view).strip();

        assertThat(line)
                .contains(",\"Spring, sale\",")
                .contains(",Desktop,Mac OS,Apple Mail,16,Email Client,")
                .endsWith(",true,APPLE_PRIVACY_PROXY;TOO_FAST");
        assertThat(header).containsSubsequence("campaignId", "campaignName").endsWith("machine", "machineReasons");
    }
}
