/** What the domain needs from the outside world: event sources, an event store, run and credential stores. */
package io.engagementhub.domain.port.out;
