/** The Engagement Hub service: starts Micronaut, optionally in demo mode. */
package io.engagementhub.app;
