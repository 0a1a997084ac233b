package io.engagementhub.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.CampaignStatistics;
import io.engagementhub.domain.model.Checkpoint;
import io.engagementhub.domain.model.Count;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.LinkStatistics;
import io.engagementhub.domain.model.MachineFigures;
import io.engagementhub.domain.model.MachineVerdict;
import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.model.VerdictChange;
import io.engagementhub.domain.port.out.EventStore;
import io.engagementhub.domain.testing.CampaignFigures;
import io.engagementhub.domain.testing.InMemoryEventStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The maintained statistics equal a plain {@code COUNT}/{@code COUNT DISTINCT} over the stored
 * events, and the obvious computation in memory, after random pages (with events stored before,
 * repeated ids, two accounts), erasures by address and by recipient id, and reclassifications of
 * random stored opens and clicks
 * (verdicts and parsed clients, or verdicts alone). Subclasses give the database.
 */
abstract class StatisticsBehaviour {

    @AutoClose
    private static TestDatabase database;

    static void open(TestDatabase opened) {
        database = opened;
    }

    @Test
    void maintainedStatisticsEqualPlainCountsOverTheEvents() {
        PersistenceStores stores = database.stores(PersistenceSettings.unencrypted());
        EventStore store = stores.sync().events();
        InMemoryEventStore reference = new InMemoryEventStore();
        Random random = new Random(7);
        List<EngagementEvent> all = classified(MigrationBehaviour.distinctIds(new RandomEvents(5), 4000), random);
        List<EngagementEvent> sent = new ArrayList<>();
        for (int from = 0; from < all.size(); ) {
            int size = 1 + random.nextInt(400);
            List<EngagementEvent> page = new ArrayList<>(all.subList(from, Math.min(all.size(), from + size)));
            for (int again = 0; again < 20 && !sent.isEmpty(); again++) {
                page.add(sent.get(random.nextInt(sent.size())));
            }
            sent.addAll(all.subList(from, Math.min(all.size(), from + size)));
            appendPerAccount(store, reference, page);
            from += size;
            if (random.nextInt(4) == 0) {
                RecipientSelector gone = random.nextBoolean()
                        ? RecipientSelector.byEmail("r" + random.nextInt(60) + "@example.com")
                        : RecipientSelector.byRecipientId("r" + random.nextInt(60));
                String account = RandomEvents.ACCOUNTS[random.nextInt(2)];
                assertThat(store.erase(account, gone)).isEqualTo(reference.erase(account, gone));
            }
            if (random.nextInt(4) == 0) {
                String account = RandomEvents.ACCOUNTS[random.nextInt(2)];
                List<EngagementEvent> read = reference.all().stream()
                        .filter(e -> e.account().equals(account))
                        .filter(e -> random.nextInt(5) == 0)
                        .toList();
                List<EngagementEvent> classified = classified(read, random);
                List<VerdictChange> changes = new ArrayList<>();
                for (int i = 0; i < read.size(); i++) {
                    changes.add(new VerdictChange(read.get(i), classified.get(i)));
                }
                assertThat(stores.classification().reclassifyUnlessChanged(account, changes))
                        .isEqualTo(reference.reclassifyUnlessChanged(account, changes));
            }
            if (random.nextInt(4) == 0) {
                String account = RandomEvents.ACCOUNTS[random.nextInt(2)];
                Map<EventId, MachineVerdict> verdicts = new HashMap<>();
                sent.stream()
                        .filter(e -> e.account().equals(account) && random.nextInt(5) == 0)
                        .filter(e -> e.type() == EngagementType.OPENED || e.type() == EngagementType.CLICKED)
                        .forEach(e ->
                                verdicts.put(e.id(), MachineVerdict.fromMask(MASKS[random.nextInt(MASKS.length)])));
                assertThat(stores.classification().setVerdicts(account, verdicts))
                        .isEqualTo(reference.setVerdicts(account, verdicts));
            }
        }

        for (String account : RandomEvents.ACCOUNTS) {
            for (String campaign : RandomEvents.CAMPAIGNS) {
                CampaignStatistics stats = store.statistics(account, campaign);
                assertThat(stats).as(account + "/" + campaign).isEqualTo(plainCounts(account, campaign, reference));
                assertThat(stats).isEqualTo(reference.statistics(account, campaign));
                assertThat(stats.of(EngagementType.CLICKED).total()).isPositive();
            }
        }
    }

    private static void appendPerAccount(EventStore store, InMemoryEventStore reference, List<EngagementEvent> page) {
        for (String account : RandomEvents.ACCOUNTS) {
            List<EngagementEvent> mine =
                    page.stream().filter(e -> e.account().equals(account)).toList();
            assertThat(store.append(account, "s", mine, Checkpoint.START))
                    .isEqualTo(reference.append(account, "s", mine, Checkpoint.START));
        }
    }

    /** The statistics as plain grouped counts over the event table and its dimensions. */
    private static CampaignStatistics plainCounts(String account, String campaign, InMemoryEventStore reference) {
        DSLContext sql = database.raw();
        String events = " FROM stored_event e JOIN event_campaign c ON c.campaign_key = e.campaign_key"
                + " JOIN event_recipient r ON r.recipient_key = e.recipient_key"
                + " LEFT JOIN event_link l ON l.link_key = e.link_key"
                + " LEFT JOIN event_client k ON k.client_key = e.client_key"
                + " WHERE c.account = ? AND c.campaign_id = ?";
        Map<EngagementType, Count> byType = countsByType(sql, events + " GROUP BY e.event_type", account, campaign);
        List<LinkStatistics> links = new ArrayList<>();
        sql.fetch(
                        "SELECT l.url, l.link_id, COUNT(*), COUNT(DISTINCT r.recipient_id)" + events
                                + " AND e.event_type = 4 GROUP BY l.url, l.link_id",
                        account,
                        campaign)
                .forEach(row -> links.add(new LinkStatistics(
                        row.get(0, String.class),
                        EventDimensions.orNull(row.get(1, String.class)),
                        new Count(row.get(2, Long.class), row.get(3, Long.class)))));
        links.sort(StatisticsReader.LINK_ORDER);
        Map<DeviceType, Long> devices = new EnumMap<>(DeviceType.class);
        sql.fetch(
                        "SELECT COALESCE(k.device_type, 'UNKNOWN'), COUNT(*)" + events
                                + " AND e.event_type IN (3, 4) GROUP BY COALESCE(k.device_type, 'UNKNOWN')",
                        account,
                        campaign)
                .forEach(row -> devices.put(DeviceType.valueOf(row.get(0, String.class)), row.get(1, Long.class)));
        Map<EngagementType, Count> human = countsByType(
                sql,
                events + " AND e.event_type IN (3, 4) AND e.machine_reasons IN (0, 2) GROUP BY e.event_type",
                account,
                campaign);
        MachineFigures slow = CampaignFigures.classified(reference.all().stream()
                .filter(e -> e.account().equals(account) && e.campaignId().equals(campaign))
                .toList());
        MachineFigures classified =
                new MachineFigures(human, slow.machine(), slow.operatingSystems(), slow.emailClients());
        return new CampaignStatistics(account, campaign, byType, links, devices, classified);
    }

    /** Events and distinct recipients per type of the rows {@code fromWhere} (a FROM ... GROUP BY) selects. */
    private static Map<EngagementType, Count> countsByType(
            DSLContext sql, String fromWhere, String account, String campaign) {
        Map<EngagementType, Count> counts = new EnumMap<>(EngagementType.class);
        sql.fetch("SELECT e.event_type, COUNT(*), COUNT(DISTINCT r.recipient_id)" + fromWhere, account, campaign)
                .forEach(row -> counts.put(
                        TypeCodes.type(row.get(0, Integer.class)),
                        new Count(row.get(1, Long.class), row.get(2, Long.class))));
        return counts;
    }

    private static final ParsedClient[] PARSED = {
        ParsedClient.UNKNOWN,
        new ParsedClient("Phone", "iOS", "Apple Mail", "16.0", "Email Client"),
        new ParsedClient("Desktop", "Windows NT", "Chrome", "120", "Browser"),
        new ParsedClient("Robot", null, "Python Requests", null, "Robot")
    };
    private static final int[] MASKS = {0, 0, 0, 1, 2, 4, 8, 16, 12, 3, 24};

    /** Opens and clicks given random verdicts and parsed clients, as classification would give them. */
    private static List<EngagementEvent> classified(List<EngagementEvent> events, Random random) {
        List<EngagementEvent> classified = new ArrayList<>(events.size());
        for (EngagementEvent e : events) {
            boolean engagement = e.type() == EngagementType.OPENED || e.type() == EngagementType.CLICKED;
            EngagementEvent next =
                    engagement ? e.withMachine(MachineVerdict.fromMask(MASKS[random.nextInt(MASKS.length)])) : e;
            if (next.client() != null && next.client().userAgent() != null) {
                next = next.withClient(next.client().withParsed(PARSED[random.nextInt(PARSED.length)]));
            }
            classified.add(next);
        }
        return classified;
    }
}
