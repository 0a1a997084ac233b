package io.engagementhub.domain.port.out;

import io.engagementhub.domain.model.ParsedClient;

/** Reads what a raw user agent says about the client (device, operating system, agent). */
public interface UserAgentParser {

    /** What {@code userAgent} says; {@link ParsedClient#UNKNOWN} when it says nothing useful. */
    ParsedClient parse(String userAgent);

    /** Names the parser and its rules' version: a change means stored clients may parse differently. */
    String version();
}
