package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.time.Duration;
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

    /** An answer read as its type, with the HTTP requests it took (token requests and retries included). */
    record Fetched<T>(T value, int requests) {}

    /**
     * A successful GET of {@code uri} read as {@code type}; {@code endpoint} names it in metrics and
     * errors, {@code what} in the message of an unreadable body. An unreadable body is retried like
     * any transient failure (ADR 0007); when every attempt failed, the stream fails.
     */
    <T> Fetched<T> get(URI uri, String endpoint, Class<T> type, String what) {
        failFastWhileQuotaExhausted();
        // One account's source is read by one sync at a time, so the transport's count moves only for this call.
        int before = transport.exchanges();
        try {
            T value = retry.executeSupplier(() -> read(attempt(uri, endpoint), type, what));
            return new Fetched<>(value, transport.exchanges() - before);
        } catch (ConstantContactFailure e) {
            String message = "Constant Contact kept failing for " + endpoint + " after "
                    + context.settings().timings().maxAttempts() + " attempts: " + e.getMessage();
            throw "malformed".equals(e.label())
                    ? new MalformedResponseException(message, e)
                    : new SourceUnavailableException(message, e);
        }
    }

    private <T> T read(String body, Class<T> type, String what) {
        try {
            return context.json().read(body, type, what);
        } catch (MalformedResponseException e) {
            throw ConstantContactFailure.transientFailure("malformed", e.getMessage(), null);
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
        } catch (ConstantContactFailure e) {
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
        Duration wait = answer.retryAfter() == null
                ? null
                : ConstantContactRetryAfter.parse(
                        answer.retryAfter(), context.clock().instant());
        if (status == 429) {
            throw tooMany(error, wait);
        }
        if (status >= 500) {
            throw new ConstantContactFailure(
                    ConstantContactFailure.Kind.TRANSIENT,
                    String.valueOf(status),
                    endpoint + " answered " + status,
                    status == 503 ? wait : null,
                    null);
        }
        if (status == 403) {
            throw new AccessDeniedException("Constant Contact answered 403 for " + endpoint + " of account '"
                    + context.account() + "': the authorization lacks the campaign_data scope, the user lacks the"
                    + " ui:campaign:metrics privilege, or the application is deactivated");
        }
        throw new EngagementSourceException("Constant Contact answered " + status + " for " + endpoint
                + (error.errorKey() == null ? "" : " (" + error.errorKey() + ": " + error.errorMessage() + ")"));
    }

    private RuntimeException tooMany(ConstantContactErrorBody error, Duration wait) {
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
        return new ConstantContactFailure(
                ConstantContactFailure.Kind.THROTTLED,
                "throttled",
                "Constant Contact throttled the request (429)",
                wait,
                null);
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
