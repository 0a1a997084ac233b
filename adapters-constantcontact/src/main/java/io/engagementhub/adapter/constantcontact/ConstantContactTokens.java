package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's OAuth tokens. The current refresh token lives in the {@link CredentialStore}
 * (the configured one only seeds it); a rotated refresh token is saved before anything uses it;
 * refreshes are single-flight; the access token is renewed ahead of its expiry.
 */
final class ConstantContactTokens {

    static final String CREDENTIAL = "refresh_token";
    private static final Logger LOG = LoggerFactory.getLogger(ConstantContactTokens.class);
    private static final int MAX_STORE_RACES = 3;
    /** How long a refused refresh waits for a rotation by another instance to be saved. */
    private static final Duration ROTATION_SAVE_WAIT = Duration.ofSeconds(3);

    private final ConstantContactContext context;
    private final CredentialStore store;
    private final ConstantContactHttp http;
    private final Retry retry;
    private final ConstantContactResponses responses;
    private String accessToken;
    private Instant renewAt = Instant.MIN;

    ConstantContactTokens(ConstantContactContext context, CredentialStore store, ConstantContactHttp http) {
        this.context = context;
        this.store = store;
        this.http = http;
        this.retry = context.retry();
        this.responses = new ConstantContactResponses(context);
    }

    /**
     * A valid access token, refreshed first when there is none or it is about to expire; the token
     * requests this takes are added to {@code requests}.
     */
    synchronized String accessToken(AtomicInteger requests) {
        if (accessToken == null || !context.clock().instant().isBefore(renewAt)) {
            refresh(requests);
        }
        return accessToken;
    }

    /** The API refused {@code token} (401): the next {@link #accessToken} refreshes. */
    synchronized void rejected(String token) {
        if (token.equals(accessToken)) {
            accessToken = null;
        }
    }

    private void refresh(AtomicInteger requests) {
        for (int race = 0; race < MAX_STORE_RACES; race++) {
            StoredCredential used = storedOrSeed();
            ConstantContactHttp.Reply answer = retry.executeSupplier(() -> post(used.value(), requests));
            if (answer.status() == 200) {
                adopt(used, context.json().read(answer.body(), ConstantContactTokenResponse.class, "a token refresh"));
                return;
            }
            if (!responses.refusedGrant(answer.body()) || !storeMovesOn(used.version())) {
                throw responses.tokenFailure(answer.status(), answer.body());
            }
            LOG.info(
                    "refresh token of account '{}' was rotated by another instance; using the stored one",
                    context.account());
        }
        throw responses.reauthorize();
    }

    private ConstantContactHttp.Reply post(String refreshToken, AtomicInteger requests) {
        Map<String, String> form = Map.of("grant_type", "refresh_token", "refresh_token", refreshToken);
        requests.incrementAndGet();
        ConstantContactHttp.Reply answer = http.postForm(
                context.settings().endpoints().tokenUrl(),
                context.clientId(),
                context.settings().application().clientSecret(),
                form);
        context.observer()
                .requestCompleted(ConstantContactContext.PROVIDER, context.account(), "oauth-token", answer.status());
        if (answer.status() >= 500) {
            throw responses.tokenFailure(answer.status(), answer.body());
        }
        return answer;
    }

    private void adopt(StoredCredential used, ConstantContactTokenResponse response) {
        if (response.accessToken() == null || response.accessToken().isBlank()) {
            throw responses.noAccessToken();
        }
        String next = response.refreshToken();
        if (next != null
                && !next.isBlank()
                && !next.equals(used.value())
                && !store.compareAndSet(context.account(), CREDENTIAL, used.version(), next)) {
            // someone else saved a newer token meanwhile; the store's value wins and is read next time
            LOG.warn(
                    "stored refresh token of account '{}' changed during a refresh; keeping the stored one",
                    context.account());
        }
        accessToken = response.accessToken();
        long lifetime = lifetimeSeconds(response.expiresIn());
        renewAt = context.clock().instant().plusSeconds(lifetime - Math.min(300, lifetime / 10));
        LOG.debug("access token of account '{}' refreshed, valid for {} s", context.account(), lifetime);
    }

    private StoredCredential storedOrSeed() {
        var stored = store.find(context.account(), CREDENTIAL);
        if (stored.isPresent()) {
            return stored.get();
        }
        store.compareAndSet(context.account(), CREDENTIAL, 0, context.settings().refreshTokenSeed());
        return store.find(context.account(), CREDENTIAL)
                .orElseThrow(
                        () -> new EngagementSourceException("the credential store did not keep the refresh token"));
    }

    /*
     * invalid_grant for the stored token: if another instance presented it first, the provider
     * rotated it at once but that instance saves the new one only when its answer arrives. Wait a
     * little for the store to move on before concluding that the token was revoked.
     */
    private boolean storeMovesOn(long version) {
        long deadline = System.nanoTime() + ROTATION_SAVE_WAIT.toNanos();
        while (storedVersion() == version) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private long storedVersion() {
        return store.find(context.account(), CREDENTIAL)
                .map(StoredCredential::version)
                .orElse(0L);
    }

    static long lifetimeSeconds(String expiresIn) {
        try {
            long value = expiresIn == null ? 3600 : Long.parseLong(expiresIn.trim());
            return value > 0 ? value : 3600;
        } catch (NumberFormatException e) {
            return 3600;
        }
    }
}
