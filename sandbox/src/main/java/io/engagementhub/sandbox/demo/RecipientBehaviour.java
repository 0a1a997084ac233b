package io.engagementhub.sandbox.demo;

import io.engagementhub.sandbox.demo.DemoEvent.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one recipient of a campaign does: delivered seconds after the send or bounced; fetched by
 * Apple's proxy minutes after delivery, or opening as a person with a decay over days, some more
 * than once, some clicking; a few behind a link scanner that follows every link on delivery.
 * Draws from {@code random}; clicks name a link by its number below {@code links}.
 */
record RecipientBehaviour(Random random, int links) {

    static final double BOUNCED = 0.01;
    static final double HARD_OF_BOUNCED = 0.7;
    /** Recipients reading with Apple Mail Privacy Protection on, and how many of them the proxy fetches. */
    static final double APPLE = 0.30;

    static final double APPLE_FETCHED = 0.95;
    /** Other recipients who open, and of them those reading in Gmail and in Yahoo Mail. */
    static final double OPENER = 0.27;

    static final double GMAIL = 0.30;
    static final double YAHOO = 0.05;
    static final double OPENS_AGAIN = 0.30;
    static final int MAX_OPENS = 4;
    static final double CLICKER = 0.15;
    static final double SECOND_LINK = 0.25;
    /** Recipients behind a link scanner, and of them those whose scanner names itself. */
    static final double SCANNED = 0.03;

    static final double NAMED_SCANNER = 0.5;

    /** The events of recipient {@code r} of a campaign sent at {@code sentAt}, in no particular order. */
    List<DemoEvent> of(int r, Instant sentAt) {
        List<DemoEvent> events = new ArrayList<>();
        events.add(new DemoEvent(Kind.SEND, r, sentAt, -1));
        if (random.nextDouble() < BOUNCED) {
            Kind bounce = random.nextDouble() < HARD_OF_BOUNCED ? Kind.HARD_BOUNCE : Kind.SOFT_BOUNCE;
            events.add(new DemoEvent(bounce, r, sentAt.plusSeconds(5 + random.nextInt(115)), -1));
            return events;
        }
        Instant delivered = sentAt.plusSeconds(2 + random.nextInt(28));
        events.add(new DemoEvent(Kind.DELIVERY, r, delivered, -1));
        if (random.nextDouble() < SCANNED) {
            Kind scanner = random.nextDouble() < NAMED_SCANNER ? Kind.NAMED_SCANNER_CLICK : Kind.SCANNER_CLICK;
            for (int link = 0; link < links; link++) {
                events.add(new DemoEvent(scanner, r, delivered.plusSeconds(1), link));
            }
        }
        if (random.nextDouble() < APPLE) {
            if (random.nextDouble() < APPLE_FETCHED) {
                events.add(
                        new DemoEvent(Kind.APPLE_PROXY_OPEN, r, delivered.plusSeconds(60 + random.nextInt(840)), -1));
            }
        } else if (random.nextDouble() < OPENER) {
            person(r, sentAt, events);
        }
        return events;
    }

    private void person(int r, Instant sentAt, List<DemoEvent> events) {
        double mailbox = random.nextDouble();
        Kind open = mailbox < GMAIL
                ? Kind.GMAIL_PROXY_OPEN
                : mailbox < GMAIL + YAHOO ? Kind.YAHOO_PROXY_OPEN : Kind.HUMAN_OPEN;
        // Never in the minute of the send: Constant Contact's minute-grained times would make it too fast.
        Instant first = sentAt.plus(Duration.ofMinutes(2)).plus(firstOpenDelay());
        events.add(new DemoEvent(open, r, first, -1));
        Instant at = first;
        for (int n = 1; n < MAX_OPENS && random.nextDouble() < OPENS_AGAIN; n++) {
            at = at.plus(Duration.ofMinutes(10)).plus(exponential(Duration.ofHours(12)));
            events.add(new DemoEvent(open, r, at, -1));
        }
        if (random.nextDouble() < CLICKER) {
            int link = random.nextInt(links);
            Instant click = first.plusSeconds(15 + random.nextInt(585));
            events.add(new DemoEvent(Kind.HUMAN_CLICK, r, click, link));
            if (links > 1 && random.nextDouble() < SECOND_LINK) {
                int other = (link + 1 + random.nextInt(links - 1)) % links;
                events.add(new DemoEvent(Kind.HUMAN_CLICK, r, click.plusSeconds(60 + random.nextInt(1740)), other));
            }
        }
    }

    /** Most people open within hours, a tail over days: about half of first opens fall in six hours. */
    private Duration firstOpenDelay() {
        return random.nextDouble() < 0.7 ? exponential(Duration.ofHours(4)) : exponential(Duration.ofHours(36));
    }

    private Duration exponential(Duration mean) {
        return Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * mean.toSeconds()));
    }
}
