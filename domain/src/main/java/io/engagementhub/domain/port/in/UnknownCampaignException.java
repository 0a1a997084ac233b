package io.engagementhub.domain.port.in;

/** A request named a campaign of which the account has no stored event. */
public class UnknownCampaignException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownCampaignException(String account, String campaignId) {
        super("account '" + account + "' has no events of campaign '" + campaignId + "'");
    }
}
