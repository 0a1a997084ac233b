package io.engagementhub.adapter.copernica;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An abuse (complaint). Only its common fields become the event: the report MS attaches and the
 * ARF fields Publisher adds are not read, so their shape cannot make a complaint unreadable.
 */
@Serdeable
record CopernicaAbuse(@JsonUnwrapped CopernicaFields fields) implements CopernicaRecord {}
