/** A bare Micronaut HTTP service, the baseline of the process benchmark (docs/benchmarks.md). */
package io.engagementhub.baseline;
