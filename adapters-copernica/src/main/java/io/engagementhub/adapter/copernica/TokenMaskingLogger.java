package io.engagementhub.adapter.copernica;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Stands in for the Micronaut HTTP client's logger: its DEBUG/TRACE lines print request URIs, and
 * Copernica's URIs carry the access token, so every line is formatted and masked before it goes to
 * the real logger.
 */
final class TokenMaskingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient Logger delegate;
    private final transient SecretMask mask;

    TokenMaskingLogger(Logger delegate, SecretMask mask) {
        this.delegate = delegate;
        this.mask = mask;
        this.name = delegate.getName();
    }

    @Override
    public boolean isTraceEnabled() {
        return delegate.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
        String line = mask.mask(MessageFormatter.basicArrayFormat(messagePattern, arguments));
        delegate.atLevel(level).setCause(maskedCause(throwable)).log(line);
    }

    private Throwable maskedCause(Throwable throwable) {
        if (throwable == null) {
            return null;
        }
        String text = String.valueOf(throwable);
        String masked = mask.mask(text);
        return masked.equals(text) ? throwable : new MaskedFailure(masked);
    }

    /** A throwable whose description had to be masked; it keeps only the masked text. */
    private static final class MaskedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MaskedFailure(String message) {
            super(message, null, false, false);
        }
    }
}
