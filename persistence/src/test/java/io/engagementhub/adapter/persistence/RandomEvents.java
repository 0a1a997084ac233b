package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.Bounce;
import io.engagementhub.domain.model.BounceCategory;
import io.engagementhub.domain.model.Client;
import io.engagementhub.domain.model.DeviceType;
import io.engagementhub.domain.model.EngagementEvent;
import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.EventId;
import io.engagementhub.domain.model.Link;
import io.engagementhub.domain.model.Provider;
import io.engagementhub.domain.model.Recipient;
import java.time.Instant;
import java.util.Random;

/**
 * Varied valid events from a seed: both providers, every type, optional parts present or not,
 * recipients with several addresses, repeated and distinct links, clients and bounces, equal times.
 */
final class RandomEvents {

    static final String[] ACCOUNTS = {"acme", "zeta"};
    static final String[] CAMPAIGNS = {"1001", "1002", "6fa4d7a5-0f1b"};
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final Random random;
    private int sequence;

    RandomEvents(long seed) {
        this.random = new Random(seed);
    }

    EngagementEvent next() {
        sequence++;
        EngagementType type = pick(EngagementType.values());
        boolean copernica = random.nextBoolean();
        return EngagementEvent.builder()
                .id(EventId.of(
                        copernica ? "copernica" : "constantcontact", "t", "e" + random.nextInt(1 << 20), "" + sequence))
                .account(pick(ACCOUNTS))
                .provider(copernica ? Provider.COPERNICA : Provider.CONSTANT_CONTACT)
                .product(copernica ? pick(new String[] {"ms", "publisher"}) : null)
                .type(type)
                .occurredAt(T0.plusSeconds(random.nextInt(400)).plusNanos(random.nextInt(3) * 1000L))
                .campaignId(pick(CAMPAIGNS))
                .parentCampaignId(copernica || random.nextInt(4) == 0 ? null : "c-" + random.nextInt(2))
                .recipient(recipient())
                .link(type == EngagementType.CLICKED || random.nextInt(20) == 0 ? link() : null)
                .client(random.nextInt(4) == 0 ? null : client())
                .bounce(bounce(type))
                .providerEventId(providerEventId())
                .build();
    }

    /** None, the event id's last part (as Copernica's are), or another id. */
    private String providerEventId() {
        if (random.nextInt(5) == 0) {
            return null;
        }
        int other = random.nextInt(100_000);
        return Integer.toString(other % 2 == 0 ? sequence : other);
    }

    private Recipient recipient() {
        int n = random.nextInt(60);
        String email =
                random.nextInt(5) == 0 ? null : "r" + n + (random.nextInt(8) == 0 ? "+alt" : "") + "@Example.com";
        return new Recipient(
                "r" + n, email, random.nextBoolean() ? "" + n : null, random.nextInt(6) == 0 ? "s" + n : null);
    }

    private Link link() {
        String url = random.nextInt(6) == 0 ? "{webversion}" : "https://example.com/" + random.nextInt(5) + "?q=ä";
        return new Link(
                url,
                random.nextBoolean() ? null : "L" + random.nextInt(2),
                random.nextInt(3) == 0 ? "Title " + random.nextInt(2) : null);
    }

    private Client client() {
        return new Client(
                random.nextBoolean() ? null : "192.0.2." + random.nextInt(4),
                random.nextInt(3) == 0 ? null : "Mozilla/5.0 (" + random.nextInt(3) + ")",
                pick(DeviceType.values()),
                random.nextInt(5) == 0 ? "https://ref/" + random.nextInt(2) : null);
    }

    private Bounce bounce(EngagementType type) {
        if (type == EngagementType.BOUNCED) {
            BounceCategory category = pick(new BounceCategory[] {
                BounceCategory.HARD, BounceCategory.SOFT, BounceCategory.BLOCKED, BounceCategory.UNKNOWN
            });
            return new Bounce(
                    random.nextBoolean() ? null : "5.1." + random.nextInt(3),
                    category,
                    random.nextBoolean() ? null : "text");
        }
        if (type == EngagementType.DELIVERED && random.nextInt(10) == 0) {
            return new Bounce("V", BounceCategory.AUTO_REPLY, null);
        }
        return null;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
