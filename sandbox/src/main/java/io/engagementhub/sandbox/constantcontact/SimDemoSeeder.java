package io.engagementhub.sandbox.constantcontact;

import io.engagementhub.sandbox.demo.CampaignModel;
import io.engagementhub.sandbox.demo.DemoCampaigns;
import io.engagementhub.sandbox.demo.DemoEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a {@link SimAccount} with the demo campaigns: each a sent {@code primary_email} activity
 * and a {@code permalink}, a sends row per recipient, bounces (code {@code B} hard, {@code F} soft:
 * docs/providers/constantcontact.md#tracking-reports), opens, clicks and opt-outs. The reports have
 * no address, agent or complaint, so proxies, scanners and people differ only in timing.
 */
final class SimDemoSeeder {

    private static final String[] PEOPLE_DEVICES = {"computer", "mobile", "computer", "tablet", "mobile"};

    private final Random random;

    SimDemoSeeder(long seed) {
        this.random = new Random(seed);
    }

    /** Adds the campaigns and their rows to {@code account}; returns each row with its kind. */
    List<ConstantContactSimulator.SeededRow> seed(DemoCampaigns demo, SimAccount account) {
        List<ConstantContactSimulator.SeededRow> seeded = new ArrayList<>();
        for (CampaignModel campaign : demo.campaigns()) {
            String id = uuid();
            ConstantContactSimActivity email =
                    new ConstantContactSimActivity(uuid(), id, "primary_email", campaign.sentAt());
            ConstantContactSimActivity permalink = new ConstantContactSimActivity(uuid(), id, "permalink", null);
            account.add(new ConstantContactSimCampaign(
                    id,
                    campaign.name(),
                    "Done",
                    campaign.sentAt().minus(Duration.ofDays(2)),
                    campaign.sentAt(),
                    List.of(email, permalink)));
            for (DemoEvent event : campaign.events()) {
                ConstantContactSimEvent row = row(email, event);
                if (row != null) {
                    account.add(row);
                    seeded.add(new ConstantContactSimulator.SeededRow(
                            row, event.kind().name()));
                }
            }
        }
        return seeded;
    }

    private static ConstantContactSimEvent row(ConstantContactSimActivity activity, DemoEvent event) {
        int r = event.recipient();
        ConstantContactSimReport report;
        String device = null;
        int link = -1;
        String bounceCode = null;
        switch (event.kind()) {
            case SEND -> report = ConstantContactSimReport.SENDS;
            case HARD_BOUNCE, SOFT_BOUNCE -> {
                report = ConstantContactSimReport.BOUNCES;
                bounceCode = event.kind() == DemoEvent.Kind.HARD_BOUNCE ? "B" : "F";
            }
            case APPLE_PROXY_OPEN, GMAIL_PROXY_OPEN, YAHOO_PROXY_OPEN, HUMAN_OPEN -> {
                report = ConstantContactSimReport.OPENS;
                device = event.kind() == DemoEvent.Kind.APPLE_PROXY_OPEN ? "mobile" : personDevice(r);
            }
            case HUMAN_CLICK, SCANNER_CLICK, NAMED_SCANNER_CLICK -> {
                report = ConstantContactSimReport.CLICKS;
                device = event.kind() == DemoEvent.Kind.HUMAN_CLICK ? personDevice(r) : "computer";
                link = event.link();
            }
            case UNSUBSCRIBE -> report = ConstantContactSimReport.OPTOUTS;
            default -> {
                return null; // no deliveries and no complaints in the tracking reports
            }
        }
        return new ConstantContactSimEvent(
                activity,
                report,
                SimRows.contactId(r),
                "contact" + r + "@example.com",
                "First" + r,
                "Last" + r,
                device,
                link < 0 ? null : SimRows.urlId(link),
                link < 0 ? null : SimRows.linkUrl(link),
                bounceCode,
                event.at(),
                r % 2 == 0);
    }

    private static String personDevice(int r) {
        return PEOPLE_DEVICES[Math.floorMod(r * 31 + 7, PEOPLE_DEVICES.length)];
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
