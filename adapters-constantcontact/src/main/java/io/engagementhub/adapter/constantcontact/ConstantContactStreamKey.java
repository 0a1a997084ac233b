package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.model.Stream;

/** A stream key {@code activity/<campaign_activity_id>/<report>}, e.g. {@code activity/98ed…/clicks}. */
record ConstantContactStreamKey(String activityId, ConstantContactReport report) {

    private static final String PREFIX = "activity/";

    String key() {
        return PREFIX + activityId + "/" + report.path();
    }

    static ConstantContactStreamKey parse(Stream stream) {
        String key = stream.key();
        int slash = key.lastIndexOf('/');
        if (!key.startsWith(PREFIX) || slash <= PREFIX.length()) {
            throw new IllegalArgumentException("not a Constant Contact stream key: " + key);
        }
        ConstantContactReport report = ConstantContactReport.ofPath(key.substring(slash + 1))
                .orElseThrow(() -> new IllegalArgumentException("not a Constant Contact event report: " + key));
        return new ConstantContactStreamKey(key.substring(PREFIX.length(), slash), report);
    }
}
