package io.engagementhub.app.planted;

import io.github.bucket4j.Bucket;

/** Planted violation: a rate-limit bucket outside the persistence adapter. */
public class AppUsingBucket4j {
    public boolean take(Bucket bucket) {
        return bucket.tryConsume(1);
    }
}
