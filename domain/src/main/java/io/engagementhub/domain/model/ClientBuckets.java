package io.engagementhub.domain.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client breakdown (operating systems, email clients) cut to its largest buckets: the top
 * {@value #TOP}, the rest summed as {@value #OTHER}, so a report stays readable however many
 * clients a campaign met.
 */
public final class ClientBuckets {

    /** How many buckets are kept by name. */
    public static final int TOP = 10;

    /** The bucket of the rest. */
    public static final String OTHER = "other";

    private ClientBuckets() {}

    /** The largest {@value #TOP} buckets (largest first, ties by name) and "other" for the rest. */
    public static Map<String, Long> top(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        long other = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (i < TOP) {
                top.merge(entries.get(i).getKey(), entries.get(i).getValue(), Long::sum);
            } else {
                other += entries.get(i).getValue();
            }
        }
        if (other > 0) {
            top.merge(OTHER, other, Long::sum);
        }
        return top;
    }
}
