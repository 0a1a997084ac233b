/**
 * A simulator of the Constant Contact V3 API: OAuth token rotation, campaigns, stats, tracking
 * reports, rate limits.
 */
package io.engagementhub.sandbox.constantcontact;
