package io.engagementhub.sandbox.constantcontact;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the simulator seeds: how many campaigns, how many rows per report and activity, over which
 * time span, from which random seed. Build one from {@link #small()} and the {@code with...} copies.
 *
 * @param campaigns sent campaigns, each with a {@code primary_email} and a {@code permalink}
 *     activity
 * @param drafts campaigns never sent (status {@code Draft}, no rows)
 * @param resendEvery every n-th sent campaign also has a sent {@code resend} activity (0: none)
 * @param rowsPerActivity rows per report of each sent activity; {@code identicalClicks} pairs come
 *     on top of the clicks
 * @param shape time span, seed and the number of identical same-minute click pairs per activity
 */
public record ConstantContactDataSet(
        int campaigns,
        int drafts,
        int resendEvery,
        Map<ConstantContactSimReport, Integer> rowsPerActivity,
        Shape shape) {

    /**
     * @param age how long before the simulator's "now" the first campaign was sent
     * @param span over how long the campaigns' sends are spread
     * @param eventWindow how long after its send an activity's events happen
     * @param identicalClicks pairs of identical clicks (same contact, link, minute) per activity
     * @param seed the random seed: the same seed gives the same data
     */
    public record Shape(Duration age, Duration span, Duration eventWindow, int identicalClicks, long seed) {
        public Shape {
            Objects.requireNonNull(age, "age");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(eventWindow, "eventWindow");
        }
    }

    public ConstantContactDataSet {
        if (campaigns < 0 || drafts < 0 || resendEvery < 0) {
            throw new IllegalArgumentException("campaign counts must not be negative");
        }
        rowsPerActivity = Map.copyOf(rowsPerActivity);
        Objects.requireNonNull(shape, "shape");
    }

    /** Three sent campaigns (one with a resend) and a draft, a few dozen rows per report. */
    public static ConstantContactDataSet small() {
        Shape shape = new Shape(Duration.ofDays(30), Duration.ofDays(20), Duration.ofHours(6), 2, 42L);
        return new ConstantContactDataSet(3, 1, 2, rows(40, 30, 25, 7, 3, 2), shape);
    }

    /** One sent campaign, no draft and no resend, 51 rows in all: a first sync of a few requests. */
    public static ConstantContactDataSet oneCampaign(long seed) {
        Shape shape = new Shape(Duration.ofDays(10), Duration.ofDays(5), Duration.ofHours(6), 1, seed);
        return new ConstantContactDataSet(1, 0, 0, rows(20, 15, 10, 3, 2, 1), shape);
    }

    private static Map<ConstantContactSimReport, Integer> rows(
            int sends, int opens, int clicks, int bounces, int optouts, int forwards) {
        Map<ConstantContactSimReport, Integer> rows = new EnumMap<>(ConstantContactSimReport.class);
        rows.put(ConstantContactSimReport.SENDS, sends);
        rows.put(ConstantContactSimReport.OPENS, opens);
        rows.put(ConstantContactSimReport.CLICKS, clicks);
        rows.put(ConstantContactSimReport.BOUNCES, bounces);
        rows.put(ConstantContactSimReport.OPTOUTS, optouts);
        rows.put(ConstantContactSimReport.FORWARDS, forwards);
        return rows;
    }

    /** This data set with {@code count} sent campaigns. */
    public ConstantContactDataSet withCampaigns(int count) {
        return new ConstantContactDataSet(count, drafts, resendEvery, rowsPerActivity, shape);
    }

    /** This data set with a resend on every n-th campaign (0: none). */
    public ConstantContactDataSet withResendEvery(int n) {
        return new ConstantContactDataSet(campaigns, drafts, n, rowsPerActivity, shape);
    }

    /** This data set with {@code rows} rows of {@code report} per sent activity. */
    public ConstantContactDataSet withRows(ConstantContactSimReport report, int rows) {
        Map<ConstantContactSimReport, Integer> copy = new EnumMap<>(rowsPerActivity);
        copy.put(report, rows);
        return new ConstantContactDataSet(campaigns, drafts, resendEvery, copy, shape);
    }

    /** Rows of {@code report} per sent activity. */
    public int rows(ConstantContactSimReport report) {
        return rowsPerActivity.getOrDefault(report, 0);
    }
}
