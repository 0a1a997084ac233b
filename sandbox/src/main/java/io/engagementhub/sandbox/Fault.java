package io.engagementhub.sandbox;

/** A failure a simulator can be told to answer instead of the next real response. */
public enum Fault {
    /** HTTP 502 with an HTML body, as a load balancer sends. */
    BAD_GATEWAY_HTML,
    /** HTTP 503 with an HTML "Loadbalancer Error" body. */
    UNAVAILABLE_HTML,
    /** HTTP 504 with an HTML "Loadbalancer Error" body. */
    GATEWAY_TIMEOUT_HTML,
    /** HTTP 429 Too Many Requests. */
    TOO_MANY_REQUESTS,
    /** HTTP 200 whose JSON body is cut off half-way. */
    TRUNCATED_JSON,
    /** The connection is closed without any response. */
    CONNECTION_RESET,
    /** The real response, after a delay (see {@link SandboxServer#slowDown}). */
    SLOW
}
