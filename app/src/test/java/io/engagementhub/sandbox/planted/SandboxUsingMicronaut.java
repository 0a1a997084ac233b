package io.engagementhub.sandbox.planted;

import io.micronaut.core.type.Argument;

/** Planted violation: a simulator that depends on more than the JDK. */
public class SandboxUsingMicronaut {
    public Argument<String> argument() {
        return Argument.STRING;
    }
}
