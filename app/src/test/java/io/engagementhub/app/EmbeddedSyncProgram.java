package io.engagementhub.app;

import io.engagementhub.adapter.classification.AppleProxyRanges;
import io.engagementhub.adapter.classification.ConfiguredRanges;
import io.engagementhub.adapter.classification.UapUserAgentParser;
import io.engagementhub.adapter.constantcontact.ConstantContactEndpoints;
import io.engagementhub.adapter.constantcontact.ConstantContactEngagementSource;
import io.engagementhub.adapter.constantcontact.ConstantContactSettings;
import io.engagementhub.adapter.copernica.CopernicaEngagementSource;
import io.engagementhub.adapter.copernica.CopernicaSettings;
import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.adapter.persistence.PersistenceSettings;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.in.StopSignal;
import io.engagementhub.domain.port.out.EngagementSources;
import io.engagementhub.domain.service.MachineClassifier;
import io.engagementhub.domain.service.MachineRules;
import io.engagementhub.domain.service.PageClassification;
import io.engagementhub.domain.service.SyncService;
import io.engagementhub.domain.service.SyncSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The embedded use the README describes, whole: both provider adapters, the store on an H2 file,
 * machine classification on, syncing the demo data of both simulators, no Micronaut context. Run
 * in a JVM of its own by {@link EmbeddedSmallHeapIT} with a small heap; prints one line per account
 * and exits 0 only when every simulated event was stored.
 */
final class EmbeddedSyncProgram {

    private EmbeddedSyncProgram() {}

    /** {@code args[0]}: the directory of the H2 file. */
    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        boolean complete;
        try (DemoMode demo = DemoMode.start()) {
            PersistenceStores stores = Persistence.create(
                    Persistence.pooledDataSource(
                            "jdbc:h2:file:" + Path.of(args[0]).resolve("embedded"), "sa", ""),
                    PersistenceSettings.unencrypted());
            MachineClassifier classifier = new MachineClassifier(
                    MachineRules.DEFAULTS,
                    UapUserAgentParser.loadingInBackground(10_000),
                    AppleProxyRanges.builtIn(),
                    ConfiguredRanges.of(List.of()));
            CopernicaSettings copernicaAccount = CopernicaSettings.of(
                            "copernica",
                            demo.copernica().v4BaseUrl(),
                            demo.copernica().accessToken())
                    .withAuthUrl(demo.copernica().authUrl());
            ConstantContactSettings constantContactAccount = ConstantContactSettings.of(
                            "constantcontact",
                            demo.constantContact().clientId(),
                            demo.constantContact().clientSecret(),
                            demo.constantContact().initialRefreshToken())
                    .withEndpoints(new ConstantContactEndpoints(
                            URI.create(demo.constantContact().baseUrl()),
                            URI.create(demo.constantContact().tokenUrl())));
            try (CopernicaEngagementSource copernica = CopernicaEngagementSource.create(copernicaAccount, clock);
                    ConstantContactEngagementSource constantContact = ConstantContactEngagementSource.create(
                            constantContactAccount, stores.credentials(), clock)) {
                SyncService sync = new SyncService(
                        EngagementSources.of(Map.of("copernica", copernica, "constantcontact", constantContact)),
                        stores.sync(),
                        clock,
                        SyncSettings.DEFAULTS,
                        PageClassification.by(classifier, stores.classification()));
                complete = report(
                                sync.sync("copernica", StopSignal.NEVER),
                                demo.copernica().events().size())
                        & report(
                                sync.sync("constantcontact", StopSignal.NEVER),
                                demo.constantContact().events().size());
            }
        }
        System.out.printf(
                "max heap %d MB, used after the syncs %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.exit(complete ? 0 : 1);
    }

    private static boolean report(SyncRun run, int simulated) {
        System.out.printf(
                "%s: %s, %d of %d events stored%n",
                run.account(), run.status(), run.figures().eventsStored(), simulated);
        return run.status() == SyncStatus.SUCCEEDED && run.figures().eventsStored() == simulated;
    }
}
