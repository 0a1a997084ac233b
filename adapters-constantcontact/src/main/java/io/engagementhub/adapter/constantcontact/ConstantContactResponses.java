package io.engagementhub.adapter.constantcontact;

import io.engagementhub.adapter.http.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a Constant Contact answer that is not a success means, as a {@link ConstantContactFailure}
 * of an explicit kind: the one place where statuses and error keys are read
 * (docs/providers/constantcontact.md#errors, #rate-limits-and-quota and #oauth-token-rotation).
 */
final class ConstantContactResponses {

    private final ConstantContactContext context;

    ConstantContactResponses(ConstantContactContext context) {
        this.context = context;
    }

    /**
     * What an API answer with {@code status} (not 2xx) means; a 401 here is one that came after a
     * refresh. {@code retryAfter} is the raw header, or null.
     */
    ConstantContactFailure failure(String endpoint, int status, String body, String retryAfter) {
        ConstantContactErrorBody error = context.json().error(body);
        Instant now = context.clock().instant();
        Duration wait = retryAfter == null ? null : RetryAfter.parse(retryAfter, now);
        if (status == 429 && "quota_exceeded".equals(error.errorKey())) {
            return quotaExhausted(LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
        }
        if (status == 429) {
            // a throttled request waits as long as the answer asks, else the account's throttle wait
            return ConstantContactFailure.waiting(
                    ConstantContactFailure.Kind.THROTTLED,
                    "throttled",
                    "Constant Contact throttled the request (429)",
                    wait != null ? wait : context.settings().reading().throttleBackoff());
        }
        if (status >= 500) {
            return ConstantContactFailure.waiting(
                    ConstantContactFailure.Kind.TRANSIENT,
                    String.valueOf(status),
                    endpoint + " answered " + status,
                    status == 503 ? wait : null);
        }
        if (status == 401) {
            return ConstantContactFailure.of(
                    ConstantContactFailure.Kind.ACCESS_DENIED,
                    "401",
                    "Constant Contact refused a just-refreshed access token of account '" + context.account()
                            + "' (401): the account must be re-authorized");
        }
        if (status == 403) {
            return ConstantContactFailure.of(
                    ConstantContactFailure.Kind.ACCESS_DENIED,
                    "403",
                    "Constant Contact answered 403 for " + endpoint + " of account '" + context.account()
                            + "': the authorization lacks the campaign_data scope, the user lacks the"
                            + " ui:campaign:metrics privilege, or the application is deactivated");
        }
        return ConstantContactFailure.of(
                ConstantContactFailure.Kind.REFUSED,
                String.valueOf(status),
                "Constant Contact answered " + status + " for " + endpoint
                        + (error.errorKey() == null
                                ? ""
                                : " (" + error.errorKey() + ": " + error.errorMessage() + ")"));
    }

    /** The application's daily quota is used up until {@code reset}. */
    ConstantContactFailure quotaExhausted(Instant reset) {
        return ConstantContactFailure.quotaExhausted(
                "the daily request quota of Constant Contact application " + context.clientId()
                        + " is used up; requests resume at " + reset,
                reset);
    }

    /** Whether the token endpoint refused the refresh token itself ({@code invalid_grant}). */
    boolean refusedGrant(String body) {
        return "invalid_grant".equals(context.json().error(body).error());
    }

    /** What a token-endpoint answer other than 200 means. */
    ConstantContactFailure tokenFailure(int status, String body) {
        if (status >= 500) {
            return ConstantContactFailure.of(
                    ConstantContactFailure.Kind.TRANSIENT, String.valueOf(status), "token endpoint answered " + status);
        }
        String error = context.json().error(body).error();
        if ("invalid_grant".equals(error)) {
            return reauthorize();
        }
        if (status == 401 || "invalid_client".equals(error)) {
            return ConstantContactFailure.of(
                    ConstantContactFailure.Kind.ACCESS_DENIED,
                    "invalid_client",
                    "Constant Contact's token endpoint rejected the client credentials of application "
                            + context.clientId() + " (" + status + "): check the configured client id and secret");
        }
        return ConstantContactFailure.of(
                ConstantContactFailure.Kind.REFUSED,
                String.valueOf(status),
                "Constant Contact's token endpoint answered " + status + (error == null ? "" : " (" + error + ")")
                        + " for account '" + context.account() + "'");
    }

    /** The refresh token is no good any more: only a new authorization helps. */
    ConstantContactFailure reauthorize() {
        return ConstantContactFailure.of(
                ConstantContactFailure.Kind.ACCESS_DENIED,
                "invalid_grant",
                "Constant Contact refused the refresh token of account '" + context.account()
                        + "' (invalid_grant: revoked, superseded or unused for 180 days): the account must be"
                        + " re-authorized and the new refresh token configured");
    }

    /** A token answer without an access token. */
    ConstantContactFailure noAccessToken() {
        return ConstantContactFailure.of(
                ConstantContactFailure.Kind.MALFORMED,
                "no-access-token",
                "the token endpoint's answer of account '" + context.account() + "' has no access_token");
    }
}
