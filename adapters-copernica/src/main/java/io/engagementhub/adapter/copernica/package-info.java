/**
 * Copernica REST v2 source adapter: reads Marketing Suite and Publisher engagement statistics of one
 * account incrementally and maps them to {@code EngagementEvent}s.
 */
package io.engagementhub.adapter.copernica;
