/**
 * End-to-end benchmarks of the service's sync into the store (run under the benchmark profile; they
 * print, never assert).
 */
package io.engagementhub.app.benchmark;
