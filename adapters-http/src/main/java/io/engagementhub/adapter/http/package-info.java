/**
 * What both provider adapters do with HTTP, written once: requests through the Micronaut HTTP
 * Client ({@link io.engagementhub.adapter.http.ProviderHttp}), and {@code Retry-After}. It knows no
 * provider; each adapter keeps its own failure kinds, retries and secrets.
 */
package io.engagementhub.adapter.http;
