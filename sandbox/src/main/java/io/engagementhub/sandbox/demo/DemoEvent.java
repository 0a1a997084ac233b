package io.engagementhub.sandbox.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to one recipient of a demo campaign.
 *
 * @param kind what happened, and who or what did it
 * @param recipient the recipient's number in the campaign, from 0
 * @param at when
 * @param link the link clicked (0 to the campaign's links less one), or -1
 */
public record DemoEvent(Kind kind, int recipient, Instant at, int link) {

    /** What happened; the names of opens and clicks are those the machine-detection tests expect. */
    public enum Kind {
        SEND,
        DELIVERY,
        HARD_BOUNCE,
        SOFT_BOUNCE,
        /** Apple Mail Privacy Protection fetching the pixel (docs/machine-detection.md). */
        APPLE_PROXY_OPEN,
        /** A person reading in Gmail, whose images come through Google's proxy. */
        GMAIL_PROXY_OPEN,
        /** A person reading in Yahoo Mail, whose images come through Yahoo's proxy. */
        YAHOO_PROXY_OPEN,
        HUMAN_OPEN,
        HUMAN_CLICK,
        /** A link scanner with an ordinary browser's agent. */
        SCANNER_CLICK,
        /** A link scanner whose agent names it. */
        NAMED_SCANNER_CLICK,
        UNSUBSCRIBE,
        COMPLAINT;

        /** Whether this is an open, by a person or a proxy. */
        public boolean isOpen() {
            return this == APPLE_PROXY_OPEN
                    || this == GMAIL_PROXY_OPEN
                    || this == YAHOO_PROXY_OPEN
                    || this == HUMAN_OPEN;
        }

        /** Whether this is a click, by a person or a scanner. */
        public boolean isClick() {
            return this == HUMAN_CLICK || this == SCANNER_CLICK || this == NAMED_SCANNER_CLICK;
        }
    }

    public DemoEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
