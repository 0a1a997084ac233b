package io.engagementhub.adapter.constantcontact;

import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.domain.model.StoredCredential;
import io.engagementhub.domain.model.SyncRun;
import io.engagementhub.domain.model.SyncStatus;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.SourceObserver;
import io.engagementhub.sandbox.constantcontact.ConstantContactDataSet;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConstantContactTokenTest {

    @AutoClose
    private final SimulatedAccount account = new SimulatedAccount(ConstantContactDataSet.small());

    @Test
    void accessTokenExpiringMidSyncIsRefreshedAndTheSameRequestRetried() {
        account.sim.accessTokenExpiry(Duration.ofHours(1), 5);

        SyncRun run = account.sync();

        assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
        assertThat(account.sim.refreshes()).isGreaterThan(3);
    }

    @Test
    void accessTokenIsRenewedAheadOfItsExpiryWithoutA401() {
        account.sim.accessTokenExpiry(Duration.ofSeconds(600), 0);
        account.sync();
        int refreshes = account.sim.refreshes();
        account.clock.advance(Duration.ofSeconds(590));
        account.sim.server().resetCounts();

        assertThat(account.sync().status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(account.sim.refreshes()).isEqualTo(refreshes + 1);
    }

    @Test
    void rotatedRefreshTokenIsStoredAndARestartedSourceUsesItNotTheStaleSeed() {
        account.sync();
        account.sim.expireAccessTokens();
        account.sync();
        assertThat(account.credentials.find(SimulatedAccount.ACCOUNT, ConstantContactTokens.CREDENTIAL))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(account.sim.currentRefreshToken()));

        account.restart();
        account.sim.expireAccessTokens();

        SyncRun run = account.sync();
        assertThat(run.status()).as(run.toString()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(account.stored()).containsExactlyElementsOf(account.expected());
    }

    @Test
    void revokedRefreshTokenFailsTheSyncAskingForReauthorizationWithoutShowingTheToken() {
        String revoked = account.sim.initialRefreshToken();
        account.sim.revokeRefreshToken();

        SyncRun run = account.sync();

        assertThat(run.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(run.message()).contains("re-authorized", "invalid_grant").doesNotContain(revoked);
        assertThat(account.events.all()).isEmpty();
    }

    @Test
    void refreshThatLosesARaceWithAnotherInstanceReReadsTheStoreAndSucceeds() {
        account.sync();
        var stale = account.credentials
                .find(SimulatedAccount.ACCOUNT, ConstantContactTokens.CREDENTIAL)
                .orElseThrow();
        // another instance rotates the token and saves it; this instance read the store just before
        account.restart();
        account.sim.expireAccessTokens();
        account.sync();
        var racing = new RacingCredentialStore(account.credentials, stale);
        var source = ConstantContactEngagementSource.create(
                account.settings(), racing, account.clock, SourceObserver.NONE, account.budgets);

        try (source) {
            assertThat(source.discover().streams()).isNotEmpty();
        }
        assertThat(racing.staleReads).isEqualTo(1);
    }

    /** Answers the first read with a token another instance has already rotated away. */
    private static final class RacingCredentialStore implements CredentialStore {
        private final CredentialStore delegate;
        private final StoredCredential stale;
        int staleReads;

        RacingCredentialStore(CredentialStore delegate, StoredCredential stale) {
            this.delegate = delegate;
            this.stale = stale;
        }

        @Override
        public Optional<StoredCredential> find(String account, String name) {
            if (staleReads++ == 0) {
                return Optional.of(stale);
            }
            staleReads = Math.min(staleReads, 1);
            return delegate.find(account, name);
        }

        @Override
        public boolean compareAndSet(String account, String name, long expectedVersion, String value) {
            return delegate.compareAndSet(account, name, expectedVersion, value);
        }
    }
}
