/**
 * What machine-event classification needs from outside the domain: the user-agent parser (ua-parser)
 * and address ranges (Apple's privacy-proxy egress list, refreshed; link scanners' ranges).
 */
package io.engagementhub.adapter.classification;
