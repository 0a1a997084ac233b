/** What the outside world asks of the domain: sync an account, query events, campaign statistics, erasure. */
package io.engagementhub.domain.port.in;
