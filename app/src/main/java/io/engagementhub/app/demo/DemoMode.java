package io.engagementhub.app.demo;

import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimReport;
import io.engagementhub.sandbox.constantcontact.ConstantContactSimulator;
import io.engagementhub.sandbox.copernica.CopernicaDataSet;
import io.engagementhub.sandbox.copernica.CopernicaSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Both provider simulators on free loopback ports, seeded with a realistic data set (several
 * campaigns, thousands of events of every type), and the configuration of one account for each,
 * stored in a fresh in-memory database: the whole service works without provider credentials.
 */
public final class DemoMode implements AutoCloseable {

    public static final String COPERNICA_ACCOUNT = "demo-copernica";
    public static final String CONSTANT_CONTACT_ACCOUNT = "demo-constantcontact";

    /** The Micronaut environment demo mode runs in. */
    public static final String ENVIRONMENT = "demo";

    /** Where demo mode keeps its data (set in {@code application-demo.yml}): memory only. */
    public static final String DATABASE_URL = "jdbc:h2:mem:engagement-demo;DB_CLOSE_DELAY=-1";

    private final CopernicaSimulator copernica;
    private final ConstantContactSimulator constantContact;

    private DemoMode(CopernicaSimulator copernica, ConstantContactSimulator constantContact) {
        this.copernica = copernica;
        this.constantContact = constantContact;
    }

    /** Starts both simulators with the demo data set. */
    public static DemoMode start() {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        CopernicaSimulator copernica = CopernicaSimulator.start(
                new CopernicaDataSet(6_000, 6, now.minus(Duration.ofDays(20)), now.minus(Duration.ofHours(2)), 7L));
        ConstantContactDataSet data = ConstantContactDataSet.small()
                .withCampaigns(6)
                .withRows(ConstantContactSimReport.SENDS, 400)
                .withRows(ConstantContactSimReport.OPENS, 250)
                .withRows(ConstantContactSimReport.CLICKS, 150)
                .withRows(ConstantContactSimReport.BOUNCES, 30)
                .withRows(ConstantContactSimReport.OPTOUTS, 12)
                .withRows(ConstantContactSimReport.FORWARDS, 8);
        return new DemoMode(copernica, ConstantContactSimulator.start(data, clock));
    }

    /** The configuration that points one account at each simulator. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        String cop = "engagement.accounts." + COPERNICA_ACCOUNT + ".";
        properties.put(cop + "provider", "copernica");
        properties.put(cop + "base-url", copernica.baseUrl().toString());
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

    @Override
    public void close() {
        copernica.close();
        constantContact.close();
    }
}
