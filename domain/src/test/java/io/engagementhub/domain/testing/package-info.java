/**
 * Test support published in the domain's test-jar: in-memory fakes of every outbound port,
 * fixtures, and the port contract tests every store implementation must pass. Each fake passes
 * the same contracts as the real stores ({@code InMemory…Test}), so tests built on the fakes prove
 * something.
 */
package io.engagementhub.domain.testing;
