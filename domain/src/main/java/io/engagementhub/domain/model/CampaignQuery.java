package io.engagementhub.domain.model;

/**
 * Which campaigns of an account to list: newest sent first, then those without a send time, each
 * by campaign id; one page of at most {@code limit}, after {@code after}.
 *
 * @param account the account
 * @param limit at most this many campaigns, 1 to {@link #MAX_LIMIT}
 * @param after only campaigns after this position (the previous page's cursor), or null
 */
public record CampaignQuery(String account, int limit, CampaignCursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public CampaignQuery {
        Require.nonBlank(account, "account");
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    /** The first page of the account's campaigns, default limit. */
    public static CampaignQuery of(String account) {
        return new CampaignQuery(account, DEFAULT_LIMIT, null);
    }

    public CampaignQuery withLimit(int value) {
        return new CampaignQuery(account, value, after);
    }

    public CampaignQuery after(CampaignCursor value) {
        return new CampaignQuery(account, limit, value);
    }
}
