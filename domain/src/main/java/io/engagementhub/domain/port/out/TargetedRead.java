package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.Discovery;
import io.engagementhub.domain.model.SyncTarget;

/** A source's re-read of a target (a time range and/or a campaign) instead of its checkpoints. */
public interface TargetedRead {

    /** The answer of a source that offers no targeted re-read: every target is refused. */
    TargetedRead NONE = new TargetedRead() {
        @Override
        public void check(SyncTarget target) {
            throw new UnsupportedTargetException("campaign", "this provider offers no targeted re-read");
        }

        @Override
        public Discovery discover(SyncTarget target) {
            check(target);
            throw new IllegalStateException("check refuses every target");
        }
    };

    /**
     * Checks, without a request, that this provider can re-read {@code target}.
     *
     * @throws UnsupportedTargetException naming the field the provider cannot narrow by, or whose
     *     value it cannot take (e.g. a campaign id of the wrong form)
     */
    void check(SyncTarget target);

    /**
     * The streams that re-read {@code target}, each with where its read starts ({@link
     * Discovery#startOf}), using the narrowest filters the provider offers. Reading them from those
     * starts to their end gives at least the events of the target, with the same ids a regular read
     * gives; the engine stores only those inside the target. Called after {@link #check}.
     */
    Discovery discover(SyncTarget target);
}
