package io.engagementhub.app.planted;

import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/** Planted violation: the user-agent parser used outside the classification adapter. */
public class AppUsingYauaa {
    public String agentName(UserAgentAnalyzer analyzer, String userAgent) {
        return analyzer.parse(userAgent).getValue(UserAgent.AGENT_NAME);
    }
}
