package io.engagementhub.app.demo;

import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimEvent;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Both provider simulators on free loopback ports, seeded with a realistic data set (several
 * campaigns, thousands of events of every type, and machine opens and clicks beside people's), and the configuration of one account for each,
 * stored in a fresh in-memory database: the whole service works without provider credentials.
 */
public final class DemoMode implements AutoCloseable {

    public static final String COPERNICA_ACCOUNT = "demo-copernica";
    public static final String CONSTANT_CONTACT_ACCOUNT = "demo-constantcontact";

    /** The Micronaut environment demo mode runs in. */
    public static final String ENVIRONMENT = "demo";

    /** Where demo mode keeps its data (set in {@code application-demo.yml}): memory only. */
    public static final String DATABASE_URL = "jdbc:h2:mem:engagement-demo;DB_CLOSE_DELAY=-1";

    /** Recipients of each machine-mix kind per Copernica mailing (docs/machine-detection.md). */
    static final int MIX_PER_KIND = 8;

    /** Contacts per Constant Contact activity whose links are all clicked in the minute of the send. */
    static final int BURSTS_PER_ACTIVITY = 5;

    private final CopernicaSimulator copernica;
    private final ConstantContactSimulator constantContact;
    private final List<CopernicaSimulator.SeededEvent> copernicaMix;
    private final List<ConstantContactSimEvent> constantContactBursts;

    private DemoMode(
            CopernicaSimulator copernica,
            ConstantContactSimulator constantContact,
            List<CopernicaSimulator.SeededEvent> copernicaMix,
            List<ConstantContactSimEvent> constantContactBursts) {
        this.copernica = copernica;
        this.constantContact = constantContact;
        this.copernicaMix = copernicaMix;
        this.constantContactBursts = constantContactBursts;
    }

    /** Starts both simulators with the demo data set. */
    public static DemoMode start() {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        Instant dataEnd = now.minus(Duration.ofHours(2));
        CopernicaSimulator copernica =
                CopernicaSimulator.start(new CopernicaDataSet(6_000, 6, now.minus(Duration.ofDays(20)), dataEnd, 7L));
        // Machine opens and clicks beside people's, after the data set's events (lists stay in time order).
        List<CopernicaSimulator.SeededEvent> mix =
                copernica.seedMachineMix(copernica.mailings(), MIX_PER_KIND, dataEnd.plusSeconds(60));
        ConstantContactDataSet data = ConstantContactDataSet.small()
                .withCampaigns(6)
                .withRows(ConstantContactSimReport.SENDS, 400)
                .withRows(ConstantContactSimReport.OPENS, 250)
                .withRows(ConstantContactSimReport.CLICKS, 150)
                .withRows(ConstantContactSimReport.BOUNCES, 30)
                .withRows(ConstantContactSimReport.OPTOUTS, 12)
                .withRows(ConstantContactSimReport.FORWARDS, 8);
        ConstantContactSimulator constantContact = ConstantContactSimulator.start(data, clock);
        List<ConstantContactSimEvent> bursts = constantContact.seedSendMinuteBursts(BURSTS_PER_ACTIVITY);
        return new DemoMode(copernica, constantContact, mix, bursts);
    }

    /** The configuration that points one account at each simulator. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        String cop = "engagement.accounts." + COPERNICA_ACCOUNT + ".";
        properties.put(cop + "provider", "copernica");
        // Copernica's current API, REST v4: a JWT from the simulator's authentication service.
        properties.put(cop + "base-url", copernica.v4BaseUrl().toString());
        properties.put(cop + "auth-url", copernica.authUrl().toString());
        properties.put(cop + "access-token", copernica.accessToken());
        properties.put(cop + "time-zone", copernica.zone().getId());
        String cc = "engagement.accounts." + CONSTANT_CONTACT_ACCOUNT + ".";
        properties.put(cc + "provider", "constantcontact");
        properties.put(cc + "base-url", constantContact.baseUrl());
        properties.put(cc + "token-url", constantContact.tokenUrl());
        properties.put(cc + "client-id", constantContact.clientId());
        properties.put(cc + "client-secret", constantContact.clientSecret());
        properties.put(cc + "refresh-token", constantContact.initialRefreshToken());
        return properties;
    }

    /** The Copernica simulator, for tests that compare with its events. */
    public CopernicaSimulator copernica() {
        return copernica;
    }

    /** The Constant Contact simulator, for tests that compare with its events. */
    public ConstantContactSimulator constantContact() {
        return constantContact;
    }

    /** The Copernica events of the machine mix, each with what it simulates. */
    public List<CopernicaSimulator.SeededEvent> copernicaMachineMix() {
        return copernicaMix;
    }

    /** The Constant Contact clicks on every link in the minute of the send. */
    public List<ConstantContactSimEvent> constantContactBursts() {
        return constantContactBursts;
    }

    @Override
    public void close() {
        copernica.close();
        constantContact.close();
    }
}
