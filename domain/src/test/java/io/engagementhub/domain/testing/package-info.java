/**
 * Test support published in the domain's test-jar: in-memory fakes of every outbound port,
 * fixtures, and the port contract tests every store implementation must pass.
 */
package io.engagementhub.domain.testing;
