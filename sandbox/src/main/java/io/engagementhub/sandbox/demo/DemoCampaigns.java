package io.engagementhub.sandbox.demo;

import io.engagementhub.sandbox.demo.DemoEvent.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The demo's campaigns as of {@code now}: five sends between about ten days and half a day ago,
 * each to 600 to 2,400 recipients, with what a marketer expects to follow (see
 * {@link RecipientBehaviour}); about 0.2 % unsubscribes and 0.02 % complaints (at least one in the
 * oldest campaign). Nothing happens before a send or after {@code now}. The same arguments always
 * give the same campaigns.
 */
public final class DemoCampaigns {

    /** The seed demo mode uses. */
    public static final long SEED = 20_240_917L;

    static final double UNSUBSCRIBED = 0.002;
    static final double COMPLAINED = 0.0002;

    private static final double[] AGE_DAYS = {9.4, 7.2, 5.1, 2.9, 0.6};
    private static final String[] NAMES = {
        "Autumn sale", "Weekly digest 41", "New arrivals", "Weekly digest 42", "Weekend offer"
    };
    private static final int MIN_RECIPIENTS = 600;
    private static final int MAX_RECIPIENTS = 2_400;

    private final Instant now;
    private final List<CampaignModel> campaigns;

    private DemoCampaigns(Instant now, List<CampaignModel> campaigns) {
        this.now = now;
        this.campaigns = List.copyOf(campaigns);
    }

    /** The campaigns as of {@code now}, each with {@code links} links, drawn from {@code seed}. */
    public static DemoCampaigns generate(Instant now, int links, long seed) {
        if (links < 1) {
            throw new IllegalArgumentException("links must be at least 1, was " + links);
        }
        Random random = new Random(seed);
        RecipientBehaviour behaviour = new RecipientBehaviour(random, links);
        List<CampaignModel> campaigns = new ArrayList<>();
        for (int i = 0; i < AGE_DAYS.length; i++) {
            long jitter = random.nextInt(360) - 180;
            Instant sentAt = now.minus(Duration.ofMinutes((long) (AGE_DAYS[i] * 24 * 60) + jitter))
                    .truncatedTo(ChronoUnit.MINUTES);
            int recipients = MIN_RECIPIENTS + random.nextInt(MAX_RECIPIENTS - MIN_RECIPIENTS + 1);
            List<DemoEvent> events = new ArrayList<>();
            for (int r = 0; r < recipients; r++) {
                events.addAll(behaviour.of(r, sentAt));
            }
            unsubscribes(random, recipients, events);
            complaints(random, recipients, i == 0 ? 1 : 0, events);
            events.removeIf(e -> e.at().isAfter(now));
            events.sort(Comparator.comparing(DemoEvent::at).thenComparingInt(DemoEvent::recipient));
            campaigns.add(new CampaignModel(i, NAMES[i], sentAt, recipients, events));
        }
        return new DemoCampaigns(now, campaigns);
    }

    /** People who opened unsubscribe through the link minutes after their first open. */
    private static void unsubscribes(Random random, int recipients, List<DemoEvent> events) {
        List<DemoEvent> firstOpens = new ArrayList<>();
        boolean[] seen = new boolean[recipients];
        for (DemoEvent e : events) {
            if (e.kind().isOpen() && e.kind() != Kind.APPLE_PROXY_OPEN && !seen[e.recipient()]) {
                seen[e.recipient()] = true;
                firstOpens.add(e);
            }
        }
        int count = Math.min(firstOpens.size(), (int) Math.round(recipients * UNSUBSCRIBED));
        for (DemoEvent open : pick(random, firstOpens, count)) {
            events.add(new DemoEvent(
                    Kind.UNSUBSCRIBE, open.recipient(), open.at().plusSeconds(30 + random.nextInt(570)), -1));
        }
    }

    /** Delivered recipients who mark it as spam, hours after delivery. */
    private static void complaints(Random random, int recipients, int atLeast, List<DemoEvent> events) {
        List<DemoEvent> deliveries =
                events.stream().filter(e -> e.kind() == Kind.DELIVERY).toList();
        int count = Math.min(deliveries.size(), Math.max(atLeast, (int) Math.round(recipients * COMPLAINED)));
        for (DemoEvent delivery : pick(random, deliveries, count)) {
            Instant at = delivery.at().plus(Duration.ofMinutes(30 + random.nextInt(24 * 60)));
            events.add(new DemoEvent(Kind.COMPLAINT, delivery.recipient(), at, -1));
        }
    }

    private static List<DemoEvent> pick(Random random, List<DemoEvent> from, int count) {
        List<DemoEvent> pool = new ArrayList<>(from);
        List<DemoEvent> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    /** This demo without complaints, for a provider whose reports have none. */
    public DemoCampaigns withoutComplaints() {
        return new DemoCampaigns(
                now,
                campaigns.stream()
                        .map(c -> new CampaignModel(
                                c.index(),
                                c.name(),
                                c.sentAt(),
                                c.recipients(),
                                c.events().stream()
                                        .filter(e -> e.kind() != Kind.COMPLAINT)
                                        .toList()))
                        .toList());
    }

    /** The time the demo was drawn at: no event is later. */
    public Instant now() {
        return now;
    }

    /** The campaigns, oldest first. */
    public List<CampaignModel> campaigns() {
        return campaigns;
    }

    /** Every event of every campaign. */
    public int events() {
        return campaigns.stream().mapToInt(c -> c.events().size()).sum();
    }
}
