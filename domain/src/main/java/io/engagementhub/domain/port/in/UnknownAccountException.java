package io.engagementhub.domain.port.in;

/** A request named an account that is not configured. */
public class UnknownAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String account;

    public UnknownAccountException(String account) {
        super("unknown account '" + account + "'");
        this.account = account;
    }

    public String account() {
        return account;
    }
}
