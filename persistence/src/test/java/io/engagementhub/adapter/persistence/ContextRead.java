package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.port.out.ClassificationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Times the two reads of recipients' stored events on the same 20 lists of 500 recipients, stored
 * ones and then ones never stored (as in a first sync): what the sync's classification reads for a
 * page ({@code contextOf}: what the timing rules look at) and what the reclassification of the
 * whole store reads ({@code engagementsOf}: whole events). Each runs twice, alternating; the second
 * time is printed.
 */
final class ContextRead {

    private static final int LISTS = 20;
    private static final int RECIPIENTS = 500;

    private ContextRead() {}

    static void print(String target, ClassificationStore store) {
        print(target, store, "", "returning");
        print(target, store, "new-", "new");
    }

    /** The reads for recipient ids {@code prefix} + a number: stored ones without a prefix. */
    private static void print(String target, ClassificationStore store, String prefix, String whose) {
        List<List<String>> lists = new ArrayList<>();
        for (int list = 0; list < LISTS; list++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < RECIPIENTS; i++) {
                ids.add(prefix + (list * RECIPIENTS + i));
            }
            lists.add(ids);
        }
        List<String> campaigns = new ArrayList<>();
        for (long n = 0; n < BenchmarkEvents.CAMPAIGNS; n++) {
            campaigns.add(BenchmarkEvents.campaignOf(n));
        }
        String account = BenchmarkEvents.ACCOUNT;
        ToIntFunction<List<String>> context =
                ids -> store.contextOf(account, ids, campaigns).size();
        ToIntFunction<List<String>> whole =
                ids -> store.engagementsOf(account, ids).size();
        time(lists, context);
        time(lists, whole);
        String what = String.format(Locale.ROOT, "%,d %s recipients, %d reads", LISTS * RECIPIENTS, whose, LISTS);
        print(target, what + ", context", time(lists, context));
        print(target, what + ", whole events", time(lists, whole));
    }

    private record Timed(double millis, long events) {}

    private static Timed time(List<List<String>> lists, ToIntFunction<List<String>> read) {
        long start = System.nanoTime();
        long events = 0;
        for (List<String> ids : lists) {
            events += read.applyAsInt(ids);
        }
        return new Timed((System.nanoTime() - start) / 1e6, events);
    }

    private static void print(String target, String what, Timed timed) {
        System.out.printf(
                Locale.ROOT, "%-8s %-48s %8.1f ms  (%,d events)%n", target, what, timed.millis(), timed.events());
    }
}
