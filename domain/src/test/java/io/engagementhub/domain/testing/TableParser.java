package io.engagementhub.domain.testing;

import io.engagementhub.domain.model.ParsedClient;
import io.engagementhub.domain.port.out.UserAgentParser;
import java.util.Map;

/** A user-agent parser that knows a fixed table (what the real parser answers for them), for tests. */
public record TableParser(Map<String, ParsedClient> table) implements UserAgentParser {

    @Override
    public ParsedClient parse(String userAgent) {
        return table.getOrDefault(userAgent, ParsedClient.UNKNOWN);
    }

    @Override
    public String version() {
        return "table-" + table.size();
    }
}
