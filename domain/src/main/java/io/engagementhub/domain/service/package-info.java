/** Plain-Java implementations of the inbound ports, including the sync engine. */
package io.engagementhub.domain.service;
