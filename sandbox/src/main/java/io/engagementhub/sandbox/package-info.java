/**
 * Simulators of the provider APIs, written from their documented behaviour, for tests, demo mode
 * and benchmarks. JDK only; outside the hexagon: production adapters never import it.
 */
package io.engagementhub.sandbox;
