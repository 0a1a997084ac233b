package io.engagementhub.domain.model;

/** What happened to one email for one recipient. */
public enum EngagementType {
    /** The provider handed the message to the recipient's mail server (Constant Contact sends). */
    SENT,
    /** The recipient's mail server accepted the message (Copernica deliveries, auto-replies). */
    DELIVERED,
    /** The recipient opened the message (Copernica impressions, Constant Contact opens). */
    OPENED,
    /** The recipient followed a link in the message. */
    CLICKED,
    /** The message could not be delivered (Copernica errors, Constant Contact bounces). */
    BOUNCED,
    /** The recipient opted out through this message. */
    UNSUBSCRIBED,
    /** The recipient reported the message as spam (Copernica abuses). */
    COMPLAINED,
    /** The recipient forwarded the message with the provider's forward feature. */
    FORWARDED
}
