package io.engagementhub.app.config;

/** A configured account, checked and typed. */
public sealed interface AccountSettings permits CopernicaAccount, ConstantContactAccount {

    /** The account's name, the key under {@code engagement.accounts}. */
    String name();

    /** The provider's name as configured: {@code copernica} or {@code constantcontact}. */
    String provider();
}
