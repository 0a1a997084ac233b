package io.engagementhub.app.wiring;

import io.engagementhub.adapter.persistence.Persistence;
import io.engagementhub.app.config.InvalidConfigurationException;
import io.engagementhub.app.demo.DemoMode;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Before the pool opens: gives an H2 URL the settings the store needs (so a user's own H2 URL
 * cannot break them silently, and H2 does not close the database in its own shutdown hook before
 * the last page is stored), gives a PostgreSQL driver its connect timeout, and refuses a database
 * of the user's own in demo mode, whose simulators are seeded afresh at every start.
 */
@Singleton
record DatasourceUrlSettings(Environment environment) implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (environment.getActiveNames().contains(DemoMode.ENVIRONMENT) && !DemoMode.DATABASE_URL.equals(url)) {
            throw new InvalidConfigurationException(List.of("datasources.default.url: --demo keeps its data in"
                    + " memory, beside simulators seeded afresh at every start; start without --demo to use"
                    + " a database of your own"));
        }
        if (url != null) {
            configuration.setUrl(Persistence.withRequiredH2Settings(url));
            Persistence.driverProperties(url).forEach(configuration::addDataSourceProperty);
        }
        return configuration;
    }
}
