package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.AccessDeniedException;
import io.engagementhub.domain.port.out.EngagementSourceException;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.engagementhub.domain.port.out.QuotaExhaustedException;
import io.engagementhub.domain.port.out.SourceUnavailableException;
import io.github.resilience4j.retry.Retry;
import java.net.URI;

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
    private final ConstantContactResponses responses;

    ConstantContactApi(
            ConstantContactContext context,
            ConstantContactTokens tokens,
            ConstantContactTransport transport,
            Retry retry) {
        this.context = context;
        this.tokens = tokens;
        this.transport = transport;
        this.retry = retry;
        this.responses = new ConstantContactResponses(context);
    }

    /** An answer read as its type, with the HTTP requests it took (token requests and retries included). */
    record Fetched<T>(T value, int requests) {}

    /**
     * A successful GET of {@code uri} read as {@code type}; {@code endpoint} names it in metrics and
     * errors, {@code what} in the message of an unreadable body. An unreadable body is retried like
     * any transient failure (ADR 0007); when every attempt failed, the stream fails.
     */
    <T> Fetched<T> get(URI uri, String endpoint, Class<T> type, String what) {
        // One account's source is read by one sync at a time, so the transport's count moves only for this call.
        int before = transport.exchanges();
        try {
            failFastWhileQuotaExhausted();
            T value = retry.executeSupplier(() -> context.json().read(attempt(uri, endpoint), type, what));
            return new Fetched<>(value, transport.exchanges() - before);
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
                                + context.settings().timings().maxAttempts() + " attempts: " + failure.getMessage(),
                        failure);
            case MALFORMED -> new MalformedResponseException(failure.getMessage(), failure);
            case ACCESS_DENIED -> new AccessDeniedException(failure.getMessage());
            case QUOTA_EXHAUSTED -> new QuotaExhaustedException(failure.getMessage(), failure.resetsAt());
            case REFUSED -> new EngagementSourceException(failure.getMessage());
        };
    }

    private String attempt(URI uri, String endpoint) {
        failFastWhileQuotaExhausted();
        String token = tokens.accessToken();
        ConstantContactTransport.Answer answer = send(uri, token, endpoint);
        if (answer.status() == 401) {
            tokens.rejected(token);
            answer = send(uri, tokens.accessToken(), endpoint);
        }
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return answer.body();
        }
        ConstantContactFailure failure = responses.failure(endpoint, status, answer.body(), answer.retryAfter());
        if (failure.kind() == ConstantContactFailure.Kind.QUOTA_EXHAUSTED) {
            context.limits().quotaExhausted(context.clientId(), failure.resetsAt());
            context.observer().quotaExhausted(ConstantContactContext.PROVIDER, context.account(), failure.resetsAt());
        } else if (failure.kind() == ConstantContactFailure.Kind.THROTTLED) {
            context.observer().throttled(ConstantContactContext.PROVIDER, context.account());
        }
        throw failure;
    }

    private ConstantContactTransport.Answer send(URI uri, String token, String endpoint) {
        ConstantContactTransport.Answer answer;
        try {
            answer = transport.get(uri, token);
        } catch (ConstantContactFailure e) {
            if (e.kind() == ConstantContactFailure.Kind.QUOTA_EXHAUSTED) {
                // the shared budget says the day's quota is used up
                context.limits().remember(context.clientId(), e.resetsAt());
                context.observer().quotaExhausted(ConstantContactContext.PROVIDER, context.account(), e.resetsAt());
            } else {
                context.observer().requestCompleted(ConstantContactContext.PROVIDER, context.account(), endpoint, 0);
            }
            throw e;
        }
        context.observer()
                .requestCompleted(ConstantContactContext.PROVIDER, context.account(), endpoint, answer.status());
        return answer;
    }

    private void failFastWhileQuotaExhausted() {
        context.limits()
                .quotaExhaustedUntil(context.clientId(), context.clock().instant())
                .ifPresent(reset -> {
                    throw responses.quotaExhausted(reset);
                });
    }
}
