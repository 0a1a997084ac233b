package io.engagementhub.sandbox.constantcontact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/** Fills a {@link SimAccount} from a {@link ConstantContactDataSet}, deterministically per seed. */
final class SimSeeder {

    // docs/providers/constantcontact.md#tracking-reports: bounce codes B D F S V X Z
    private static final String BOUNCE_CODES = "BDFSVXZ";
    private static final String[] DEVICES = {"computer", "mobile", "tablet", "other"};

    private final ConstantContactDataSet data;
    private final Random random;
    private final SimRows rows;

    SimSeeder(ConstantContactDataSet data) {
        this.data = data;
        this.random = new Random(data.shape().seed());
        this.rows = new SimRows(random);
    }

    void seed(SimAccount account, Instant now) {
        Instant first = now.minus(data.shape().age());
        for (int i = 0; i < data.campaigns(); i++) {
            long offset = data.campaigns() <= 1 ? 0 : data.shape().span().toMinutes() * i / (data.campaigns() - 1);
            seedSentCampaign(account, i, first.plus(Duration.ofMinutes(offset)));
        }
        for (int i = 0; i < data.drafts(); i++) {
            String id = uuid();
            Instant created = now.minus(Duration.ofDays(1));
            List<ConstantContactSimActivity> activities = List.of(
                    new ConstantContactSimActivity(uuid(), id, "primary_email", null),
                    new ConstantContactSimActivity(uuid(), id, "permalink", null));
            account.add(new ConstantContactSimCampaign(id, "Draft " + i, "Draft", created, created, activities));
        }
    }

    private void seedSentCampaign(SimAccount account, int index, Instant sentAt) {
        String id = uuid();
        List<ConstantContactSimActivity> activities = new ArrayList<>();
        activities.add(new ConstantContactSimActivity(uuid(), id, "primary_email", sentAt));
        activities.add(new ConstantContactSimActivity(uuid(), id, "permalink", null));
        boolean resend = data.resendEvery() > 0 && index % data.resendEvery() == 0;
        if (resend) {
            // A resend goes out 12 h to 10 days after the send
            // (docs/providers/constantcontact.md#discovering-campaign-activities)
            activities.add(new ConstantContactSimActivity(uuid(), id, "resend", sentAt.plus(Duration.ofDays(1))));
        }
        Instant updated = activities.stream()
                .map(ConstantContactSimActivity::sentAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(sentAt);
        ConstantContactSimCampaign campaign = new ConstantContactSimCampaign(
                id, "Campaign " + index, "Done", sentAt.minus(Duration.ofDays(2)), updated, activities);
        account.add(campaign);
        for (ConstantContactSimActivity activity : activities) {
            if (activity.reportable()) {
                seedActivity(account, activity);
            }
        }
    }

    private void seedActivity(SimAccount account, ConstantContactSimActivity activity) {
        long window = Math.max(1, data.shape().eventWindow().toMinutes());
        int sends = data.rows(ConstantContactSimReport.SENDS);
        for (int i = 0; i < sends; i++) {
            account.add(rows.row(activity, ConstantContactSimReport.SENDS, i, activity.sentAt(), null));
        }
        for (ConstantContactSimReport report : ConstantContactSimReport.values()) {
            if (report == ConstantContactSimReport.SENDS || sends == 0) {
                continue;
            }
            for (int i = 0; i < data.rows(report); i++) {
                Instant at = activity.sentAt().plus(Duration.ofMinutes(1 + random.nextInt((int) window)));
                String code = report == ConstantContactSimReport.BOUNCES
                        ? String.valueOf(BOUNCE_CODES.charAt(random.nextInt(BOUNCE_CODES.length())))
                        : null;
                account.add(rows.row(activity, report, random.nextInt(sends), at, code));
            }
        }
        for (int i = 0; i < data.shape().identicalClicks() && sends > 0; i++) {
            Instant at = activity.sentAt().plus(Duration.ofMinutes(1 + random.nextInt((int) window)));
            ConstantContactSimEvent click =
                    rows.row(activity, ConstantContactSimReport.CLICKS, random.nextInt(sends), at, null);
            account.add(click);
            account.add(click);
        }
    }

    static String device(Random random) {
        return DEVICES[random.nextInt(DEVICES.length)];
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
