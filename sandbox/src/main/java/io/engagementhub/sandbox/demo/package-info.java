/**
 * The demo's campaigns, simulator-neutral: per campaign a send time, a recipient list and what
 * happened to each recipient (delivery, bounce, opens by people and by Apple's proxy, clicks by
 * people and link scanners, unsubscribes, complaints), drawn from a fixed seed and the clock. Each
 * simulator renders them in its own lists.
 */
package io.engagementhub.sandbox.demo;
