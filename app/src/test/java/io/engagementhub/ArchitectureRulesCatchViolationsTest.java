package io.engagementhub;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on a violation planted in test sources ({@code ..planted..}
 * packages), and names the violator: none of the rules can pass vacuously.
 */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses productionAndPlanted;

    @BeforeAll
    static void importProductionAndPlantedClasses() {
        ImportOption productionOrPlanted = location -> (ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                        && ArchitectureTest.notATestJar(location))
                || location.contains("/planted/");
        productionAndPlanted =
                new ClassFileImporter().withImportOption(productionOrPlanted).importPackages("io.engagementhub");
    }

    private static void assertCatches(ArchRule rule, String violator) {
        assertThatThrownBy(() -> rule.check(productionAndPlanted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator);
    }

    @Test
    void theOnionRuleCatchesAnAdapterUsingAnotherAdapter() {
        assertCatches(ArchitectureTest.ONION, "CopernicaUsingPersistence");
    }

    @Test
    void theOnionRuleCatchesTheDomainDependingOutwards() {
        assertCatches(ArchitectureTest.ONION, "ServiceUsingApp");
    }

    @Test
    void onlyTheCompositionRootMayNameAdapters() {
        assertCatches(ArchitectureTest.ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS, "ControllerUsingAdapter");
    }

    @Test
    void appCodeOutsideTheCompositionRootWritingAStoreIsCaught() {
        assertCatches(ArchitectureTest.APP_USES_NO_STORE_OUTSIDE_WIRING, "SchedulerFailingRuns");
    }

    @Test
    void theDomainMayNotUseAFramework() {
        assertCatches(ArchitectureTest.DOMAIN_IS_PURE, "DomainUsingMicronaut");
    }

    @Test
    void jooqOutsidePersistenceIsCaught() {
        assertCatches(ArchitectureTest.JOOQ_ONLY_IN_PERSISTENCE, "AppUsingJooq");
    }

    @Test
    void bucket4jOutsidePersistenceIsCaught() {
        assertCatches(ArchitectureTest.BUCKET4J_ONLY_IN_REQUEST_BUDGETS, "AppUsingBucket4j");
    }

    @Test
    void userAgentRulesOutsideTheClassificationAdapterAreCaught() {
        assertCatches(ArchitectureTest.USER_AGENT_RULES_ONLY_IN_CLASSIFICATION, "AppUsingUserAgentRules");
    }

    @Test
    void dbSchedulerOutsideTheSyncPackageIsCaught() {
        assertCatches(ArchitectureTest.DB_SCHEDULER_ONLY_IN_APP_SYNC, "AppUsingDbScheduler");
    }

    @Test
    void theHttpClientOutsideProviderAdaptersIsCaught() {
        assertCatches(ArchitectureTest.HTTP_CLIENT_ONLY_IN_PROVIDER_ADAPTERS, "AppUsingHttpClient");
    }

    @Test
    void aProviderAdapterOnTheJdkHttpClientIsCaught() {
        assertCatches(ArchitectureTest.PROVIDER_ADAPTERS_USE_NO_JDK_HTTP_CLIENT, "CopernicaUsingJdkHttp");
    }

    @Test
    void theProviderHttpModuleKnowingTheDomainIsCaught() {
        assertCatches(ArchitectureTest.PROVIDER_HTTP_STANDS_ALONE, "HttpUsingDomain");
    }

    @Test
    void theAppUsingTheProviderHttpModuleIsCaught() {
        assertCatches(ArchitectureTest.PROVIDER_HTTP_ONLY_FOR_PROVIDER_ADAPTERS, "AppUsingProviderHttp");
    }

    @Test
    void aProductionAdapterUsingTheSandboxIsCaught() {
        assertCatches(ArchitectureTest.SANDBOX_ONLY_FOR_DEMO_MODE, "CopernicaUsingSandbox");
    }

    @Test
    void aSandboxDependingOnMoreThanTheJdkIsCaught() {
        assertCatches(ArchitectureTest.SANDBOX_IS_JDK_ONLY, "SandboxUsingMicronaut");
    }

    @Test
    void packageCyclesAreCaught() {
        assertCatches(ArchitectureTest.NO_PACKAGE_CYCLES, "CycleA");
    }

    @Test
    void fieldInjectionIsCaught() {
        assertCatches(ArchitectureTest.NO_FIELD_INJECTION, "BadHabits.fieldInjected");
    }

    @Test
    void standardStreamsAreCaught() {
        assertCatches(ArchitectureTest.NO_STANDARD_STREAMS, "BadHabits.printsToStdout");
    }

    @Test
    void javaUtilLoggingIsCaught() {
        assertCatches(ArchitectureTest.NO_JAVA_UTIL_LOGGING, "BadHabits");
    }

    @Test
    void genericExceptionsAreCaught() {
        assertCatches(ArchitectureTest.NO_GENERIC_EXCEPTIONS, "BadHabits.throwsGenericException");
    }

    @Test
    void javaUtilDateIsCaught() {
        assertCatches(ArchitectureTest.NO_JAVA_UTIL_DATE, "BadHabits.usesJavaUtilDate");
    }

    @Test
    void aScheduledMethodIsCaught() {
        assertCatches(ArchitectureTest.NO_SCHEDULED_METHODS, "ScheduledInTheBackground.refresh");
    }

    @Test
    void anOutPortThatIsAClassIsCaught() {
        assertCatches(ArchitectureTest.OUT_PORTS_ARE_INTERFACES_OR_EXCEPTIONS, "ConcreteOutPort");
    }

    @Test
    void badlyNamedConfigurationIsCaught() {
        assertCatches(ArchitectureTest.CONFIGURATION_IS_NAMED, "BadlyNamedConfig");
    }

    @Test
    void mutableConfigurationIsCaughtEvenWhenItIsWellNamed() {
        assertCatches(ArchitectureTest.CONFIGURATION_IS_RECORDS, "MutableSettings");
    }
}
