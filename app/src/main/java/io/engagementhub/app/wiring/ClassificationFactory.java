package io.engagementhub.app.wiring;

import io.engagementhub.adapter.classification.AppleProxyRanges;
import io.engagementhub.adapter.classification.ConfiguredRanges;
import io.engagementhub.adapter.classification.UapUserAgentParser;
import io.engagementhub.adapter.persistence.PersistenceStores;
import io.engagementhub.app.config.ClassificationSettings;
import io.engagementhub.app.config.InvalidConfigurationException;
import io.engagementhub.domain.service.MachineClassifier;
import io.engagementhub.domain.service.PageClassification;
import io.engagementhub.domain.service.Reclassification;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the machine-event classification: the rules (domain) on the user-agent parser and the address ranges
 * (adapters-classification) and the store; the Apple list is refreshed on its schedule. With
 * classification off, nothing is built and pages are stored as read.
 */
@Factory
final class ClassificationFactory {

    static final String ENABLED = "engagement.classification.enabled";

    private static final Logger LOG = LoggerFactory.getLogger(ClassificationFactory.class);

    @Singleton
    @Requires(property = ENABLED, notEquals = "false")
    MachineClassifier classifier(
            ClassificationSettings settings, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        ConfiguredRanges scanners;
        try {
            scanners = ConfiguredRanges.of(settings.scannerRanges());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    List.of("engagement.classification.scanner-ranges: " + e.getMessage()));
        }
        return new MachineClassifier(
                settings.rules(),
                UapUserAgentParser.loadingInBackground(settings.parserCache()),
                appleRanges(settings, scheduler),
                scanners);
    }

    private static AppleProxyRanges appleRanges(ClassificationSettings settings, TaskScheduler scheduler) {
        if (settings.appleRanges() == null) {
            LOG.info(
                    "No Apple privacy-proxy list configured (engagement.classification.apple-ranges): only Apple's"
                            + " own {} is taken for Mail Privacy Protection opens",
                    AppleProxyRanges.APPLE_NETWORK);
            return AppleProxyRanges.builtIn();
        }
        AppleProxyRanges ranges = AppleProxyRanges.from(settings.appleRanges(), Duration.ofSeconds(30));
        Duration every = settings.appleRangesRefresh();
        scheduler.scheduleWithFixedDelay(every, every, ranges::refresh);
        return ranges;
    }

    @Singleton
    PageClassification pageClassification(@Nullable MachineClassifier classifier, PersistenceStores stores) {
        if (classifier == null) {
            LOG.info("Machine-event classification is off ({}=false): events are stored unflagged", ENABLED);
            return PageClassification.none();
        }
        return PageClassification.by(classifier, stores.classification());
    }

    @Singleton
    @Requires(property = ENABLED, notEquals = "false")
    Reclassification reclassification(MachineClassifier classifier, PersistenceStores stores, Clock clock) {
        return new Reclassification(classifier, stores.classification(), clock);
    }
}
