/** The REST API under /api/v1: accounts, syncs, events, campaign statistics, erasure. */
package io.engagementhub.app.api;
