package io.engagementhub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.micronaut.scheduling.annotation.Scheduled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ADR 0001 (docs/adr/0001-hexagonal-modules.md) and the README's module
 * map, checked on every module's production classes in every build (plain JUnit tests over rules
 * kept as {@code static final ArchRule} fields). {@code ArchitectureRulesCatchViolationsTest} proves
 * each rule fails on a planted violation, so none of them can pass vacuously.
 */
class ArchitectureTest {

    static final String DOMAIN = "io.engagementhub.domain..";
    static final String SANDBOX = "io.engagementhub.sandbox..";
    static final String COMPOSITION_ROOT = "io.engagementhub.app.wiring..";
    static final String COPERNICA = "io.engagementhub.adapter.copernica..";
    static final String CONSTANT_CONTACT = "io.engagementhub.adapter.constantcontact..";
    static final String PERSISTENCE = "io.engagementhub.adapter.persistence..";
    static final String CLASSIFICATION = "io.engagementhub.adapter.classification..";
    /** What both provider adapters do with HTTP, once; it knows no provider and no adapter knows it but them. */
    static final String PROVIDER_HTTP = "io.engagementhub.adapter.http..";

    static final String GENERATED_JOOQ = "io.engagementhub.adapter.persistence.jooq..";

    /**
     * Dependencies point inwards; no adapter knows another. The composition root ({@code
     * app.wiring}) builds adapters and hands them to the rest of the app as domain ports, so it
     * stands outside the rings; the sandbox stands outside the hexagon altogether.
     */
    static final ArchRule ONION = onionArchitecture()
            .domainModels("io.engagementhub.domain.model..")
            .domainServices("io.engagementhub.domain.port..", "io.engagementhub.domain.service..")
            .applicationServices(
                    resideInAPackage("io.engagementhub.app..").and(not(resideInAPackage(COMPOSITION_ROOT))))
            .adapter("copernica", COPERNICA)
            .adapter("constantcontact", CONSTANT_CONTACT)
            .adapter("persistence", PERSISTENCE)
            .adapter("classification", CLASSIFICATION)
            .ignoreDependency(resideInAPackage(COMPOSITION_ROOT), DescribedPredicate.alwaysTrue())
            .ignoreDependency(resideInAnyPackage(COPERNICA, CONSTANT_CONTACT), resideInAPackage(PROVIDER_HTTP))
            .ensureAllClassesAreContainedInArchitectureIgnoring(
                    resideInAnyPackage(SANDBOX, COMPOSITION_ROOT, PROVIDER_HTTP)
                            .or(resideInAPackage("io.engagementhub.app")));

    /** The provider adapters' HTTP module knows nothing of the project: no domain, no adapter, no app. */
    static final ArchRule PROVIDER_HTTP_STANDS_ALONE = classes()
            .that()
            .resideInAPackage(PROVIDER_HTTP)
            .should()
            .onlyDependOnClassesThat(
                    resideOutsideOfPackage("io.engagementhub..").or(resideInAPackage(PROVIDER_HTTP)));

    /** Only the provider adapters' HTTP module, and the composition root handing them their clients, use it. */
    static final ArchRule PROVIDER_HTTP_ONLY_FOR_PROVIDER_ADAPTERS = noClasses()
            .that()
            .resideOutsideOfPackages(COPERNICA, CONSTANT_CONTACT, PROVIDER_HTTP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(PROVIDER_HTTP);

    /** Only the composition root may name an adapter's classes. */
    static final ArchRule ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS = noClasses()
            .that()
            .resideOutsideOfPackages(COMPOSITION_ROOT, COPERNICA, CONSTANT_CONTACT, PERSISTENCE, CLASSIFICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COPERNICA, CONSTANT_CONTACT, PERSISTENCE, CLASSIFICATION);

    /**
     * The domain's stores: the out-ports that keep data ({@code …Store}, the {@code SuppressionList})
     * and the engine's bundle of them ({@code SyncStores}).
     */
    static final DescribedPredicate<JavaClass> DOMAIN_STORES = DescribedPredicate.describe(
            "are store ports of the domain",
            type -> (type.getPackageName().equals("io.engagementhub.domain.port.out")
                            && (type.getSimpleName().endsWith("Store")
                                    || type.getSimpleName().equals("SuppressionList")))
                    || type.getName().equals("io.engagementhub.domain.service.SyncStores"));

    /**
     * The service wires and serves: outside the composition root it reads and writes data through
     * the domain's use cases only, never a store port, so run lifecycle and figures stay domain rules.
     */
    static final ArchRule APP_USES_NO_STORE_OUTSIDE_WIRING = noClasses()
            .that()
            .resideInAPackage("io.engagementhub.app..")
            .and()
            .resideOutsideOfPackage(COMPOSITION_ROOT)
            .should()
            .dependOnClassesThat(DOMAIN_STORES);

    /** The domain is plain Java: it depends on the JDK and itself only. */
    static final ArchRule DOMAIN_IS_PURE = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java..");

    /** SQL and generated table classes stay inside the persistence adapter. */
    static final ArchRule JOOQ_ONLY_IN_PERSISTENCE = noClasses()
            .that()
            .resideOutsideOfPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "org.flywaydb..", "io.engagementhub.adapter.persistence.jooq..");

    /**
     * The request budgets' library (Bucket4j) stays inside the persistence adapter (the budget shared
     * in PostgreSQL) and the Constant Contact adapter (its budget within one process).
     */
    static final ArchRule BUCKET4J_ONLY_IN_REQUEST_BUDGETS = noClasses()
            .that()
            .resideOutsideOfPackages(PERSISTENCE, "io.engagementhub.adapter.constantcontact..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.bucket4j..");

    /** The shared schedule's library (db-scheduler) stays inside the service's sync package. */
    static final ArchRule DB_SCHEDULER_ONLY_IN_APP_SYNC = noClasses()
            .that()
            .resideOutsideOfPackage("io.engagementhub.app.sync..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.github.kagkarlsson..");

    /** The user-agent parser (ua-parser) stays inside the classification adapter, behind its port. */
    static final ArchRule USER_AGENT_RULES_ONLY_IN_CLASSIFICATION = noClasses()
            .that()
            .resideOutsideOfPackage(CLASSIFICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ua_parser..");

    /**
     * Only the provider adapters talk HTTP to providers, through the Micronaut HTTP Client (their
     * shared module holds it); the composition root hands them the service's configured clients.
     */
    static final ArchRule HTTP_CLIENT_ONLY_IN_PROVIDER_ADAPTERS = noClasses()
            .that()
            .resideOutsideOfPackages(COPERNICA, CONSTANT_CONTACT, PROVIDER_HTTP, COMPOSITION_ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.micronaut.http.client..");

    /** The provider adapters use the design's client, never the JDK's directly. */
    static final ArchRule PROVIDER_ADAPTERS_USE_NO_JDK_HTTP_CLIENT = noClasses()
            .that()
            .resideInAnyPackage(COPERNICA, CONSTANT_CONTACT, PROVIDER_HTTP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.net.http..");

    /** The simulators are for tests and demo mode: no production adapter or domain class uses them. */
    static final ArchRule SANDBOX_ONLY_FOR_DEMO_MODE = noClasses()
            .that()
            .resideOutsideOfPackages(SANDBOX, "io.engagementhub.app.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SANDBOX);

    /** The simulators depend on the JDK only. */
    static final ArchRule SANDBOX_IS_JDK_ONLY = classes()
            .that()
            .resideInAPackage(SANDBOX)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(SANDBOX, "java..", "com.sun.net.httpserver..");

    /** jOOQ's generated tables, keys and records refer to each other by design; they are excluded. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.engagementhub.(**)")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(resideInAPackage(GENERATED_JOOQ), DescribedPredicate.alwaysTrue());

    /** Outbound ports are what adapters implement: interfaces, and the exceptions they may throw. */
    static final ArchRule OUT_PORTS_ARE_INTERFACES_OR_EXCEPTIONS = classes()
            .that()
            .resideInAPackage("io.engagementhub.domain.port.out..")
            .and()
            .areTopLevelClasses()
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .beInterfaces()
            .orShould()
            .beAssignableTo(RuntimeException.class);

    /** Configuration is a plain record (two rules: ArchUnit joins and/or left to right, without precedence). */
    static final ArchRule CONFIGURATION_IS_RECORDS = classes()
            .that()
            .areAnnotatedWith("io.micronaut.context.annotation.ConfigurationProperties")
            .or()
            .areAnnotatedWith("io.micronaut.context.annotation.EachProperty")
            .should()
            .beRecords();

    /** Configuration is named for what it configures ({@code …Configuration}, {@code …Settings}). */
    static final ArchRule CONFIGURATION_IS_NAMED = classes()
            .that()
            .areAnnotatedWith("io.micronaut.context.annotation.ConfigurationProperties")
            .or()
            .areAnnotatedWith("io.micronaut.context.annotation.EachProperty")
            .should()
            .haveSimpleNameEndingWith("Configuration")
            .orShould()
            .haveSimpleNameEndingWith("Settings");

    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    static final ArchRule NO_JAVA_UTIL_DATE = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Date")
            .because("event times are java.time.Instant, from an injected Clock");

    static final ArchRule NO_SCHEDULED_METHODS = noMethods()
            .should()
            .beAnnotatedWith(Scheduled.class)
            .because("Micronaut sets up @Scheduled on a pool thread while the service starts, and at a failed"
                    + " start that late set-up logs an error after the one line that says why: schedule work"
                    + " with the TaskScheduler once the server has started");

    private static JavaClasses production;

    @BeforeAll
    static void importEveryModulesProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages("io.engagementhub");
    }

    /**
     * The modules' test-jars (the domain's fakes and contracts, the persistence test databases) are
     * on the app's test class path as {@code …-tests.jar}, which the predefined option does not
     * recognise as test code.
     */
    static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void holdsOnion() {
        ONION.check(production);
    }

    @Test
    void holdsOnlyTheCompositionRootKnowsAdapters() {
        ONLY_THE_COMPOSITION_ROOT_KNOWS_ADAPTERS.check(production);
    }

    @Test
    void holdsAppUsesNoStoreOutsideWiring() {
        APP_USES_NO_STORE_OUTSIDE_WIRING.check(production);
    }

    @Test
    void holdsDomainIsPure() {
        DOMAIN_IS_PURE.check(production);
    }

    @Test
    void holdsJooqOnlyInPersistence() {
        JOOQ_ONLY_IN_PERSISTENCE.check(production);
    }

    @Test
    void holdsBucket4jOnlyWhereRequestBudgetsAre() {
        BUCKET4J_ONLY_IN_REQUEST_BUDGETS.check(production);
    }

    @Test
    void holdsTheUserAgentRulesOnlyInTheClassificationAdapter() {
        USER_AGENT_RULES_ONLY_IN_CLASSIFICATION.check(production);
    }

    @Test
    void holdsDbSchedulerOnlyInAppSync() {
        DB_SCHEDULER_ONLY_IN_APP_SYNC.check(production);
    }

    @Test
    void holdsHttpClientOnlyInProviderAdapters() {
        HTTP_CLIENT_ONLY_IN_PROVIDER_ADAPTERS.check(production);
    }

    @Test
    void holdsProviderAdaptersUseNoJdkHttpClient() {
        PROVIDER_ADAPTERS_USE_NO_JDK_HTTP_CLIENT.check(production);
    }

    @Test
    void holdsProviderHttpStandsAlone() {
        PROVIDER_HTTP_STANDS_ALONE.check(production);
    }

    @Test
    void holdsProviderHttpOnlyForProviderAdapters() {
        PROVIDER_HTTP_ONLY_FOR_PROVIDER_ADAPTERS.check(production);
    }

    @Test
    void holdsSandboxOnlyForDemoMode() {
        SANDBOX_ONLY_FOR_DEMO_MODE.check(production);
    }

    @Test
    void holdsSandboxIsJdkOnly() {
        SANDBOX_IS_JDK_ONLY.check(production);
    }

    @Test
    void holdsNoPackageCycles() {
        NO_PACKAGE_CYCLES.check(production);
    }

    @Test
    void holdsOutPortsAreInterfacesOrExceptions() {
        OUT_PORTS_ARE_INTERFACES_OR_EXCEPTIONS.check(production);
    }

    @Test
    void holdsConfigurationIsRecords() {
        CONFIGURATION_IS_RECORDS.check(production);
    }

    @Test
    void holdsConfigurationIsNamed() {
        CONFIGURATION_IS_NAMED.check(production);
    }

    @Test
    void holdsNoFieldInjection() {
        NO_FIELD_INJECTION.check(production);
    }

    @Test
    void holdsNoStandardStreams() {
        NO_STANDARD_STREAMS.check(production);
    }

    @Test
    void holdsNoJavaUtilLogging() {
        NO_JAVA_UTIL_LOGGING.check(production);
    }

    @Test
    void holdsNoGenericExceptions() {
        NO_GENERIC_EXCEPTIONS.check(production);
    }

    @Test
    void holdsNoJavaUtilDate() {
        NO_JAVA_UTIL_DATE.check(production);
    }

    @Test
    void holdsNoScheduledMethods() {
        NO_SCHEDULED_METHODS.check(production);
    }
}
