package io.engagementhub.domain.model.planted;

import io.micronaut.core.type.Argument;

/** Planted violation: a domain class that depends on a framework. */
public class DomainUsingMicronaut {
    public Argument<String> argument() {
        return Argument.STRING;
    }
}
