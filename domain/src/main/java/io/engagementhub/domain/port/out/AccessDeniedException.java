package io.engagementhub.domain.port.out;

/**
 * The provider rejected the account's credentials (invalid access token, revoked refresh token).
 * Retrying cannot help: the sync of the whole account ends, and the message says what an operator
 * must do. It never contains the credential itself.
 */
public class AccessDeniedException extends EngagementSourceException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
