package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Authorized API GETs with the documented failure handling: a 401 refreshes once and repeats the
 * same request; {@code throttled} 429s, 5xx and lost connections are retried; {@code quota_exceeded}
 * stops at once and every later call fails fast until the next UTC midnight. The provider facts
 * are in docs/providers/constantcontact.md#errors, #rate-limits-and-quota and #oauth-token-rotation.
 */
final class ConstantContactApi {

    private final ConstantContactContext context;
    private final ConstantContactTokens tokens;
    private final ConstantContactTransport transport;
    private final Retry retry;

    ConstantContactApi(
            ConstantContactContext context,
            ConstantContactTokens tokens,
            ConstantContactTransport transport,
            Retry retry) {
        this.context = context;
        this.tokens = tokens;
        this.transport = transport;
        this.retry = retry;
    }

    /** Requests sent to the provider so far (token requests and retries included). */
    int requests() {
        return transport.exchanges();
    }

    /** The body of a successful GET of {@code uri}; {@code endpoint} names it in metrics and errors. */
    String get(URI uri, String endpoint) {
        failFastWhileQuotaExhausted();
        try {
            return retry.executeSupplier(() -> attempt(uri, endpoint));
        } catch (ConstantContactTransientFailure e) {
            throw new SourceUnavailableException(
                    "Constant Contact kept failing for " + endpoint + " after "
                            + context.settings().timings().maxAttempts() + " attempts: " + e.getMessage(),
                    e);
        }
    }

    private String attempt(URI uri, String endpoint) {
        failFastWhileQuotaExhausted();
        String token = tokens.accessToken();
        ConstantContactTransport.Answer answer = send(uri, token, endpoint);
        if (answer.status() == 401) {
            tokens.rejected(token);
            answer = send(uri, tokens.accessToken(), endpoint);
            if (answer.status() == 401) {
                throw new AccessDeniedException("Constant Contact refused a just-refreshed access token of account '"
                        + context.account() + "' (401): the account must be re-authorized");
            }
        }
        return accept(answer, endpoint);
    }

    private ConstantContactTransport.Answer send(URI uri, String token, String endpoint) {
        ConstantContactTransport.Answer answer;
        try {
            answer = transport.get(uri, token);
        } catch (QuotaExhaustedException e) {
            context.limits().remember(context.clientId(), e.resetsAt());
            context.observer().quotaExhausted(ConstantContactContext.PROVIDER, context.account(), e.resetsAt());
            throw e;
        } catch (ConstantContactTransientFailure e) {
            context.observer().requestCompleted(ConstantContactContext.PROVIDER, context.account(), endpoint, 0);
            throw e;
        }
        context.observer()
                .requestCompleted(ConstantContactContext.PROVIDER, context.account(), endpoint, answer.status());
        return answer;
    }

    private String accept(ConstantContactTransport.Answer answer, String endpoint) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return answer.body();
        }
        ConstantContactErrorBody error = context.json().error(answer.body());
        if (status == 429) {
            throw tooMany(error);
        }
        if (status >= 500) {
            throw new ConstantContactTransientFailure(String.valueOf(status), endpoint + " answered " + status, null);
        }
        if (status == 403) {
            throw new AccessDeniedException("Constant Contact answered 403 for " + endpoint + " of account '"
                    + context.account() + "': the authorization lacks the campaign_data scope, the user lacks the"
                    + " ui:campaign:metrics privilege, or the application is deactivated");
        }
        throw new EngagementSourceException("Constant Contact answered " + status + " for " + endpoint
                + (error.errorKey() == null ? "" : " (" + error.errorKey() + ": " + error.errorMessage() + ")"));
    }

    private RuntimeException tooMany(ConstantContactErrorBody error) {
        if ("quota_exceeded".equals(error.errorKey())) {
            Instant now = context.clock().instant();
            Instant reset = LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            context.limits().quotaExhausted(context.clientId(), reset);
            context.observer().quotaExhausted(ConstantContactContext.PROVIDER, context.account(), reset);
            return quotaExhausted(reset);
        }
        context.observer().throttled(ConstantContactContext.PROVIDER, context.account());
        return new ConstantContactTransientFailure("throttled", "Constant Contact throttled the request (429)", null);
    }

    private void failFastWhileQuotaExhausted() {
        context.limits()
                .quotaExhaustedUntil(context.clientId(), context.clock().instant())
                .ifPresent(reset -> {
                    throw quotaExhausted(reset);
                });
    }

    private QuotaExhaustedException quotaExhausted(Instant reset) {
        return new QuotaExhaustedException(
                "the daily request quota of Constant Contact application " + context.clientId()
                        + " is used up; requests resume at " + reset,
                reset);
    }
}
