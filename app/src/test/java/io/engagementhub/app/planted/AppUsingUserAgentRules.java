package io.engagementhub.app.planted;

import ua_parser.Parser;

/** Planted violation: the user-agent parser used outside the classification adapter. */
public class AppUsingUserAgentRules {
    public String agentName(Parser parser, String userAgent) {
        return parser.parseUserAgent(userAgent).family;
    }
}
