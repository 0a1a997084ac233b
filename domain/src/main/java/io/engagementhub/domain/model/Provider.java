package io.engagementhub.domain.model;

/** The email service provider an event was pulled from. */
public enum Provider {
    /** Copernica REST v2: Marketing Suite ({@code ms}) and Publisher ({@code publisher}) products. */
    COPERNICA,
    /** Constant Contact V3. */
    CONSTANT_CONTACT
}
