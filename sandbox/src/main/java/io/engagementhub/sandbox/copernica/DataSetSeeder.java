package io.engagementhub.sandbox.copernica;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Arrays;
import java.util.Random;

/** Fills an {@link EventLog} from a {@link CopernicaDataSet}: times ascending with IDs, as a live account has. */
record DataSetSeeder(CopernicaDataSet data, ZoneId zone) {

    /** Share of each type among the events, in {@link SimulatedEventType} order. */
    private static final int[] WEIGHTS = {20, 25, 30, 10, 8, 7};

    void seed(EventLog log, SimulatedEventFactory factory) {
        Random random = new Random(data.seed() ^ 0x5DEECE66DL);
        long[] times = times(random);
        SimulatedProduct[] products = SimulatedProduct.values();
        for (long epochSecond : times) {
            SimulatedProduct product = products[random.nextInt(products.length)];
            SimulatedEventType type = pickType(random);
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
            log.append(product, type, local, factory);
        }
    }

    private long[] times(Random random) {
        long from = data.from().getEpochSecond();
        long span = Math.max(1, data.to().getEpochSecond() - from);
        long[] times = new long[data.events()];
        for (int i = 0; i < times.length; i++) {
            times[i] = from + (long) (random.nextDouble() * span);
        }
        placeInFallBackHours(times);
        Arrays.sort(times);
        return times;
    }

    /**
     * docs/providers/copernica.md#time-zones-and-dst: times are zone-less local times, so the autumn
     * fall-back hour occurs twice. Some events are placed in both occurrences of every such hour the span covers.
     */
    private void placeInFallBackHours(long[] times) {
        int next = 0;
        ZoneOffsetTransition transition = zone.getRules().nextTransition(data.from());
        while (transition != null && transition.getInstant().isBefore(data.to()) && next + 12 <= times.length) {
            if (transition.isOverlap()) {
                long at = transition.getInstant().getEpochSecond();
                for (int i = 0; i < 6; i++) {
                    long minutes = Duration.ofMinutes(7L * i + 1).toSeconds();
                    times[next++] = at - minutes;
                    times[next++] = at + Duration.ofHours(1).toSeconds() - minutes; // same local time
                }
            }
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
    }

    private static SimulatedEventType pickType(Random random) {
        int roll = random.nextInt(100);
        SimulatedEventType[] types = SimulatedEventType.values();
        for (int i = 0; i < types.length; i++) {
            roll -= WEIGHTS[i];
            if (roll < 0) {
                return types[i];
            }
        }
        return types[types.length - 1];
    }
}
