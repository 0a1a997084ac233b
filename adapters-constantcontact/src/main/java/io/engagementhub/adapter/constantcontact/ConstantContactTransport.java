package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.CredentialStore;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the API GETs of one account with the documented failure handling and answers each with its
 * status, body and the number of HTTP requests it took: a 401 refreshes the access token once and
 * repeats the same request; throttled 429s, 5xx, lost connections and unreadable bodies are retried
 * ({@link io.engagementhub.adapter.http.ProviderRetry}); {@code quota_exceeded} stops at once and
 * every later call of the application fails fast until the next UTC midnight. Every failure ends as
 * a domain exception, translated in one place. The provider facts are in
 * docs/providers/constantcontact.md#errors, #rate-limits-and-quota and #oauth-token-rotation.
 */
final class ConstantContactTransport {

    /**
     * A successful answer.
     *
     * @param status the HTTP status of the answer that was used (2xx)
     * @param body its body
     * @param value the body read as the type asked for
     * @param requests the HTTP requests it took: retries, a repeat after a 401 and token requests included
     */
    record Answer<T>(int status, String body, T value, int requests) {}

    private final ConstantContactContext context;
    private final ConstantContactTokens tokens;
    private final ConstantContactHttp http;
    private final Retry retry;
    private final ConstantContactResponses responses;

    ConstantContactTransport(ConstantContactContext context, CredentialStore credentials, ConstantContactHttp http) {
        this.context = context;
        this.tokens = new ConstantContactTokens(context, credentials, http);
        this.http = http;
        this.retry = context.retry();
        this.responses = new ConstantContactResponses(context);
    }

    /**
     * A successful GET of {@code uri} read as {@code type}; {@code endpoint} names it in metrics and
     * errors, {@code what} in the message of an unreadable body. The body is read inside the retried
     * attempt, so an unreadable one is retried like any transient failure (ADR 0007).
     */
    <T> Answer<T> get(URI uri, String endpoint, Class<T> type, String what) {
        AtomicInteger requests = new AtomicInteger();
        try {
            failFastWhileQuotaExhausted();
            return retry.executeSupplier(() -> {
                ConstantContactHttp.Reply reply = attempt(uri, endpoint, requests);
                T value = context.json().read(reply.body(), type, what);
                return new Answer<>(reply.status(), reply.body(), value, requests.get());
            });
        } catch (ConstantContactFailure e) {
            throw translated(endpoint, e);
        }
    }

    /** The one place where a failure's kind becomes the domain's exception. */
    private EngagementSourceException translated(String endpoint, ConstantContactFailure failure) {
        return switch (failure.kind()) {
            case TRANSIENT, THROTTLED ->
                new SourceUnavailableException(
                        "Constant Contact kept failing for " + endpoint + " after "
                                + context.settings().reading().maxAttempts() + " attempts: " + failure.getMessage(),
                        failure);
            case MALFORMED -> new MalformedResponseException(failure.getMessage(), failure);
            case ACCESS_DENIED -> new AccessDeniedException(failure.getMessage());
            case QUOTA_EXHAUSTED -> new QuotaExhaustedException(failure.getMessage(), failure.resetsAt());
            case REFUSED -> new EngagementSourceException(failure.getMessage());
        };
    }

    /** One attempt: a 2xx reply, or the failure it means. */
    private ConstantContactHttp.Reply attempt(URI uri, String endpoint, AtomicInteger requests) {
        failFastWhileQuotaExhausted();
        String token = tokens.accessToken(requests);
        ConstantContactHttp.Reply reply = send(uri, token, endpoint, requests);
        if (reply.status() == 401) {
            tokens.rejected(token);
            reply = send(uri, tokens.accessToken(requests), endpoint, requests);
        }
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return reply;
        }
        ConstantContactFailure failure = responses.failure(endpoint, status, reply.body(), reply.retryAfter());
        if (failure.kind() == ConstantContactFailure.Kind.QUOTA_EXHAUSTED) {
            context.budgets().quotaExhausted(context.clientId(), failure.resetsAt());
            context.observer().quotaExhausted(ConstantContactContext.PROVIDER, context.account(), failure.resetsAt());
        } else if (failure.kind() == ConstantContactFailure.Kind.THROTTLED) {
            context.observer().throttled(ConstantContactContext.PROVIDER, context.account());
        }
        throw failure;
    }

    private ConstantContactHttp.Reply send(URI uri, String token, String endpoint, AtomicInteger requests) {
        takePermit();
        requests.incrementAndGet();
        ConstantContactHttp.Reply reply;
        try {
            reply = http.get(uri, token);
        } catch (ConstantContactFailure e) {
            context.observer().requestCompleted(ConstantContactContext.PROVIDER, context.account(), endpoint, 0);
            throw e;
        }
        context.observer()
                .requestCompleted(ConstantContactContext.PROVIDER, context.account(), endpoint, reply.status());
        return reply;
    }

    /**
     * Waits for the permit of one API request from the application's budget; throws a {@link
     * ConstantContactFailure} of kind {@code QUOTA_EXHAUSTED} when the budget's day is used up, or a
     * transient one when no permit came in time.
     */
    private void takePermit() {
        boolean permitted;
        try {
            permitted = context.budgets().take(context.clientId());
        } catch (QuotaExhaustedException e) {
            // the shared budget counts the day's requests too, and refused this one before it was sent
            context.budgets().remember(context.clientId(), e.resetsAt());
            context.observer().quotaExhausted(ConstantContactContext.PROVIDER, context.account(), e.resetsAt());
            throw ConstantContactFailure.quotaExhausted(e.getMessage(), e.resetsAt());
        }
        if (!permitted) {
            throw ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, "rate-limit-wait", "waited too long for the rate limiter");
        }
    }

    private void failFastWhileQuotaExhausted() {
        context.budgets()
                .quotaExhaustedUntil(context.clientId(), context.clock().instant())
                .ifPresent(reset -> {
                    throw responses.quotaExhausted(reset);
                });
    }
}
