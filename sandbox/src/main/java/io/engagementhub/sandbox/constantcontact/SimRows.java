package io.engagementhub.sandbox.constantcontact;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/** Makes report rows for numbered contacts, with the optional fields sometimes left out. */
final class SimRows {

    /** The links of every campaign. */
    static final int LINKS = 3;

    private final Random random;

    SimRows(Random random) {
        this.random = random;
    }

    /** The contact id of contact number {@code n}: the same in every campaign. */
    static String contactId(int n) {
        return new UUID(0x4399ce905b8911e7L, n).toString();
    }

    /** docs/providers/constantcontact.md#activity-fields: url_id is a string of digits. */
    static String urlId(int link) {
        return String.valueOf(1_100_407_204_170L + link);
    }

    static String linkUrl(int link) {
        return "https://www.example.com/offer/" + link;
    }

    ConstantContactSimEvent row(
            ConstantContactSimActivity activity,
            ConstantContactSimReport report,
            int contact,
            Instant at,
            String bounceCode) {
        boolean clientKnown = report == ConstantContactSimReport.OPENS || report == ConstantContactSimReport.CLICKS;
        // docs/providers/constantcontact.md#activity-fields:
        // device_type may be absent (events recorded before device capture)
        String device = clientKnown && random.nextInt(10) > 0 ? SimSeeder.device(random) : null;
        String urlId = null;
        String linkUrl = null;
        if (report == ConstantContactSimReport.CLICKS) {
            int link = random.nextInt(LINKS);
            urlId = urlId(link);
            linkUrl = linkUrl(link);
        }
        // docs/providers/constantcontact.md#activity-fields: first_name and last_name may be absent
        String first = random.nextInt(5) > 0 ? "First" + contact : null;
        String last = random.nextInt(5) > 0 ? "Last" + contact : null;
        // docs/providers/constantcontact.md#timestamps: created_time comes with and without milliseconds
        boolean millis = random.nextBoolean();
        return new ConstantContactSimEvent(
                activity,
                report,
                contactId(contact),
                "contact" + contact + "@example.com",
                first,
                last,
                device,
                urlId,
                linkUrl,
                bounceCode,
                at,
                millis);
    }

    /** A row of {@code report} for a random one of the first {@code contacts} contacts at {@code at}. */
    ConstantContactSimEvent randomRow(
            ConstantContactSimActivity activity, ConstantContactSimReport report, int contacts, Instant at) {
        String code = report == ConstantContactSimReport.BOUNCES ? "B" : null;
        return row(activity, report, random.nextInt(Math.max(1, contacts)), at, code);
    }
}
