package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.SyncTarget;
import java.util.function.Predicate;

/** A source cannot re-read a target: it cannot narrow by one of its fields, or cannot take its value. */
public class UnsupportedTargetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnsupportedTargetException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /**
     * Refuses {@code target} if it names a campaign whose id is not of the source's form: {@code
     * isCampaignId} tells the form, {@code form} says it in words for the answer.
     */
    public static void requireCampaignForm(SyncTarget target, Predicate<String> isCampaignId, String form) {
        String campaign = target.campaignId();
        if (campaign != null && !isCampaignId.test(campaign)) {
            throw new UnsupportedTargetException("campaign", form + "; was '" + campaign + "'");
        }
    }

    /** The target's field at fault: {@code from}, {@code to} or {@code campaign}. */
    public String field() {
        return field;
    }
}
