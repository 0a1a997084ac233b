package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.SyncTarget;
import java.util.function.Predicate;

/** A source cannot re-read a target: it cannot narrow by one of its fields, or cannot take its value. */
public class UnsupportedTargetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How much of a refused campaign id the answer repeats. */
    private static final int SHOWN = 40;

    private final String field;

    public UnsupportedTargetException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /**
     * Refuses {@code target} if it names a campaign whose id is not of the source's form: {@code
     * isCampaignId} tells the form, {@code form} says it in words for the answer, which repeats at
     * most the first {@value #SHOWN} characters of the id.
     */
    public static void requireCampaignForm(SyncTarget target, Predicate<String> isCampaignId, String form) {
        String campaign = target.campaignId();
        if (campaign != null && !isCampaignId.test(campaign)) {
            String shown = campaign.length() > SHOWN ? campaign.substring(0, SHOWN) + "…" : campaign;
            throw new UnsupportedTargetException("campaign", form + "; was '" + shown + "'");
        }
    }

    /** The target's field at fault: {@code from}, {@code to} or {@code campaign}. */
    public String field() {
        return field;
    }
}
