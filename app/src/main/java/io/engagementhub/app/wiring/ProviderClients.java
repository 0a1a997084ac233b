package io.engagementhub.app.wiring;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.HttpVersionSelection;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The providers' HTTP clients, {@code micronaut.http.services.copernica} and {@code
 * …constantcontact}: a user configures their timeouts, proxy and TLS there (application.yml gives
 * the defaults). Two settings the adapters rely on are kept whatever the configuration says: an
 * error status is an answer to read, not an exception, and no redirect is followed.
 */
@Singleton
final class ProviderClients implements BeanCreatedEventListener<ServiceHttpClientConfiguration> {

    static final String COPERNICA = "copernica";
    static final String CONSTANT_CONTACT = "constantcontact";
    private static final Set<String> PROVIDERS = Set.of(COPERNICA, CONSTANT_CONTACT);

    /**
     * The client of {@code provider}'s service configuration, made on first ask: a start with no
     * account of a provider does not pay for its client (and the JDK's TLS set-up).
     */
    static HttpClient of(HttpClientRegistry<?> clients, String provider) {
        return clients.getClient(
                HttpVersionSelection.forClientAnnotation(AnnotationMetadata.EMPTY_METADATA), provider, null);
    }

    @Override
    public ServiceHttpClientConfiguration onCreated(BeanCreatedEvent<ServiceHttpClientConfiguration> event) {
        ServiceHttpClientConfiguration configuration = event.getBean();
        if (PROVIDERS.contains(configuration.getServiceId())) {
            configuration.setExceptionOnErrorStatus(false);
            configuration.setFollowRedirects(false);
        }
        return configuration;
    }
}
