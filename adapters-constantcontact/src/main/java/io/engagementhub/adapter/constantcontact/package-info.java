/**
 * The Constant Contact V3 engagement source: OAuth with rotating refresh tokens, a shared rate
 * budget, incremental newest-first scans.
 */
package io.engagementhub.adapter.constantcontact;
